package nl.wijkatelier.atelier.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.atelier.OwnAnswer;

public interface OwnAnswerRepository extends JpaRepository<OwnAnswer, UUID> {

	Optional<OwnAnswer> findByNeighbourhoodIdAndPartyId(UUID neighbourhoodId, UUID partyId);

	Optional<OwnAnswer> findByNeighbourhoodIdAndUserId(UUID neighbourhoodId, UUID userId);

	List<OwnAnswer> findByNeighbourhoodIdAndSharedTrueOrderByUpdatedAtDesc(UUID neighbourhoodId);

	List<OwnAnswer> findByUserId(UUID userId);

	List<OwnAnswer> findByWrittenBy(UUID writtenBy);
}
