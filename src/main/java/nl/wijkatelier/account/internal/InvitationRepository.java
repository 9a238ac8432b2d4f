package nl.wijkatelier.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import nl.wijkatelier.account.Invitation;

public interface InvitationRepository extends JpaRepository<Invitation, UUID> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByEmailIgnoreCase(String email);

	/** Invitations accepted, or expired unaccepted, before {@code before}. */
	@Modifying
	@Query("delete from Invitation i where (i.acceptedAt is not null and i.acceptedAt < :before)"
			+ " or (i.acceptedAt is null and i.expiresAt < :before)")
	int deleteFinishedBefore(@Param("before") Instant before);
}
