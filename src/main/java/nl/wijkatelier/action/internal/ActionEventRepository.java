package nl.wijkatelier.action.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.action.ActionEvent;

public interface ActionEventRepository extends JpaRepository<ActionEvent, UUID> {

	List<ActionEvent> findByActionIdOrderByAtAsc(UUID actionId);

	long countByActionIdAndKind(UUID actionId, ActionEvent.Kind kind);
}
