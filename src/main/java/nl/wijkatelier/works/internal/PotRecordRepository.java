package nl.wijkatelier.works.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PotRecordRepository extends JpaRepository<PotRecord, UUID> {

	List<PotRecord> findByNeighbourhoodIdOrderByName(UUID neighbourhoodId);

	Optional<PotRecord> findByNeighbourhoodIdAndName(UUID neighbourhoodId, String name);
}
