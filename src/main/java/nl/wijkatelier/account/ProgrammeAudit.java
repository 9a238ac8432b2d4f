package nl.wijkatelier.account;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.programme.NeighbourhoodRegistered;

/** Writes the programme's changes into the audit log, in the transaction that made them. */
@Component
class ProgrammeAudit {

	private final AuditLog auditLog;

	ProgrammeAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void on(NeighbourhoodRegistered registered) {
		auditLog.record("NEIGHBOURHOOD_REGISTERED", "neighbourhood", registered.neighbourhood(), registered.name());
	}
}
