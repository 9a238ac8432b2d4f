package nl.wijkatelier.programme.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.programme.Party;

public interface PartyRepository extends JpaRepository<Party, UUID> {

	List<Party> findByNeighbourhoodIdOrderByNameAsc(UUID neighbourhoodId);

	List<Party> findByProgrammeIdOrderByNameAsc(UUID programmeId);
}
