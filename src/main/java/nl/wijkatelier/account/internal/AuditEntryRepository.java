package nl.wijkatelier.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import nl.wijkatelier.account.AuditEntry;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

	List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByAtDesc(String subjectType, String subjectId);

	List<AuditEntry> findTop100ByOrderByAtDesc();

	List<AuditEntry> findByActorOrderByAtAsc(String actor);

	List<AuditEntry> findByDetailContainingIgnoreCase(String text);

	@Modifying
	@Query("delete from AuditEntry e where e.at < :before")
	int deleteByAtBefore(@Param("before") Instant before);
}
