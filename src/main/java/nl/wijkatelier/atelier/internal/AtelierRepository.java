package nl.wijkatelier.atelier.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.atelier.Atelier;

public interface AtelierRepository extends JpaRepository<Atelier, UUID> {

	Optional<Atelier> findByJoinCode(String joinCode);

	boolean existsByJoinCode(String joinCode);

	List<Atelier> findByNeighbourhoodIdOrderByHeldOnDesc(UUID neighbourhoodId);

	List<Atelier> findByProgrammeIdOrderByHeldOnDesc(UUID programmeId);

	List<Atelier> findAllByOrderByHeldOnDesc();
}
