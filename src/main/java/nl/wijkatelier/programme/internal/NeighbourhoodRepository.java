package nl.wijkatelier.programme.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.programme.Neighbourhood;

public interface NeighbourhoodRepository extends JpaRepository<Neighbourhood, UUID> {

	List<Neighbourhood> findByProgrammeIdOrderByNameAsc(UUID programmeId);

	List<Neighbourhood> findAllByOrderByNameAsc();

	boolean existsByProgrammeIdAndNameIgnoreCase(UUID programmeId, String name);
}
