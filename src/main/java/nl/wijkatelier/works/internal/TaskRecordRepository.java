package nl.wijkatelier.works.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TaskRecordRepository extends JpaRepository<TaskRecord, UUID> {

	List<TaskRecord> findByNeighbourhoodIdOrderByCode(UUID neighbourhoodId);

	Optional<TaskRecord> findByNeighbourhoodIdAndCode(UUID neighbourhoodId, String code);

	/** Tasks whose bounding box meets the given box (RD New metres): the candidates near a changed task. */
	@Query("select t from TaskRecord t where t.neighbourhoodId = ?1 and t.maxX >= ?2 and t.minX <= ?3"
			+ " and t.maxY >= ?4 and t.minY <= ?5")
	List<TaskRecord> findInBox(UUID neighbourhoodId, double minX, double maxX, double minY, double maxY);
}
