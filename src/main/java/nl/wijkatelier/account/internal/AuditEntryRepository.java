package nl.wijkatelier.account.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.account.AuditEntry;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

	List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByAtDesc(String subjectType, String subjectId);

	List<AuditEntry> findTop100ByOrderByAtDesc();

	List<AuditEntry> findByActorOrderByAtAsc(String actor);
}
