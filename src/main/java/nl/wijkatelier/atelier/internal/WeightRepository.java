package nl.wijkatelier.atelier.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WeightRepository extends JpaRepository<Weight, Weight.Key> {

	List<Weight> findByAtelierId(UUID atelierId);

	@Modifying
	@Query("delete from Weight w where w.key.participantId = ?1")
	void deleteByParticipant(UUID participantId);
}
