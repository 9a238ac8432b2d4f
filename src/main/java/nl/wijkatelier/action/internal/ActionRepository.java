package nl.wijkatelier.action.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

import nl.wijkatelier.action.Action;
import nl.wijkatelier.action.ActionTemplate;

public interface ActionRepository extends JpaRepository<Action, UUID> {

	/** The action, row-locked until the transaction ends: sign-ups of one action are counted one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "30000"))
	@Query("select a from Action a where a.id = :id")
	Optional<Action> findForUpdate(@Param("id") UUID id);

	List<Action> findByNeighbourhoodIdOrderByCreatedAtDesc(UUID neighbourhoodId);

	List<Action> findAllByOrderByCreatedAtDesc();

	List<Action> findByTemplate(ActionTemplate template);

	@Query("select a from Action a where a.endDate is not null and a.endDate < :day and a.personalDataRemovedAt is null")
	List<Action> findEndedBeforeWithPersonalData(@Param("day") LocalDate day);
}
