package nl.wijkatelier.works.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CouplingRecordRepository extends JpaRepository<CouplingRecord, UUID> {

	List<CouplingRecord> findByNeighbourhoodId(UUID neighbourhoodId);

	@Modifying
	@Query("delete from CouplingRecord c where c.neighbourhoodId = ?1 and (c.taskA in ?2 or c.taskB in ?2)")
	void deleteInvolving(UUID neighbourhoodId, Collection<String> codes);
}
