package nl.wijkatelier.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.internal.AuditEntryRepository;

/**
 * The audit log of changes to tasks, budgets, scenarios, neighbourhoods and roles. An entry is written in the
 * transaction of the change, so a change that is rolled back leaves no entry.
 */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;
	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Optional<Clock> clock) {
		this.entries = entries;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Records a change made by whoever is logged in now ({@code system} when nobody is). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String subjectType, Object subjectId, String detail) {
		entries.save(new AuditEntry(clock.instant(), actor(), action, subjectType, String.valueOf(subjectId),
				detail == null ? null : detail.substring(0, Math.min(detail.length(), 4000))));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> of(String subjectType, Object subjectId) {
		return entries.findBySubjectTypeAndSubjectIdOrderByAtDesc(subjectType, String.valueOf(subjectId));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> latest() {
		return entries.findTop100ByOrderByAtDesc();
	}

	static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return principal.email();
		}
		return "system";
	}
}
