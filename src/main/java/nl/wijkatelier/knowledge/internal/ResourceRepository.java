package nl.wijkatelier.knowledge.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.knowledge.Resource;

public interface ResourceRepository extends JpaRepository<Resource, UUID> {

	List<Resource> findByProgrammeIdOrderByTitleAsc(UUID programmeId);

	List<Resource> findByProposedByOrderByCreatedAtAsc(UUID proposedBy);
}
