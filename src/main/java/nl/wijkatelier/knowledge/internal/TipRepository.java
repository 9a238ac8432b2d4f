package nl.wijkatelier.knowledge.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.knowledge.Tip;

public interface TipRepository extends JpaRepository<Tip, UUID> {

	List<Tip> findByNeighbourhoodIdOrderByCreatedAtDesc(UUID neighbourhoodId);

	List<Tip> findByProgrammeIdOrderByCreatedAtDesc(UUID programmeId);

	List<Tip> findByWrittenByOrderByCreatedAtAsc(UUID writtenBy);
}
