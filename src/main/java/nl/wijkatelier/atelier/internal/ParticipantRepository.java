package nl.wijkatelier.atelier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import nl.wijkatelier.atelier.Participant;

public interface ParticipantRepository extends JpaRepository<Participant, UUID> {

	Optional<Participant> findByTokenHash(String tokenHash);

	List<Participant> findByAtelierId(UUID atelierId);

	long countByAtelierId(UUID atelierId);

	List<Participant> findByJoinedAtBeforeAndDisplayNameNotNull(Instant before);

	/** Locks the participant's row, so two supports sent at once cannot both take the last vote. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Participant p where p.id = ?1")
	Optional<Participant> lockById(UUID id);
}
