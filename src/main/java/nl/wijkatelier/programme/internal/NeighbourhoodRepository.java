package nl.wijkatelier.programme.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.programme.Neighbourhood;

public interface NeighbourhoodRepository extends JpaRepository<Neighbourhood, UUID> {

	List<Neighbourhood> findByProgrammeIdAndArchivedAtIsNullOrderByNameAsc(UUID programmeId);

	List<Neighbourhood> findByArchivedAtIsNullOrderByNameAsc();

	boolean existsByProgrammeIdAndNameIgnoreCaseAndArchivedAtIsNull(UUID programmeId, String name);
}
