package nl.wijkatelier.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetRepository extends JpaRepository<PasswordReset, UUID> {

	/** The reset behind a link, locked until the transaction ends, so two uses of one link cannot both pass. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from PasswordReset r where r.tokenHash = :tokenHash")
	Optional<PasswordReset> findForUpdateByTokenHash(String tokenHash);

	Optional<PasswordReset> findByTokenHash(String tokenHash);

	long countByUserIdAndCreatedAtAfter(UUID userId, Instant after);

	List<PasswordReset> findByUserIdAndUsedAtIsNull(UUID userId);
}
