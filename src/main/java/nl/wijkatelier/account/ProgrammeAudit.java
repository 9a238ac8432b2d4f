package nl.wijkatelier.account;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.programme.NeighbourhoodArchived;
import nl.wijkatelier.programme.NeighbourhoodChanged;
import nl.wijkatelier.programme.NeighbourhoodRegistered;
import nl.wijkatelier.programme.ProgrammeAdminAppointed;
import nl.wijkatelier.programme.ProgrammeAdminDismissed;
import nl.wijkatelier.programme.ProgrammeDescribed;
import nl.wijkatelier.programme.ProgrammeStarted;

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

	@EventListener
	void on(NeighbourhoodChanged changed) {
		auditLog.record("NEIGHBOURHOOD_CHANGED", "neighbourhood", changed.neighbourhood(), changed.name());
	}

	@EventListener
	void on(NeighbourhoodArchived archived) {
		auditLog.record("NEIGHBOURHOOD_ARCHIVED", "neighbourhood", archived.neighbourhood(), archived.name());
	}

	@EventListener
	void on(ProgrammeStarted started) {
		auditLog.record("PROGRAMME_STARTED", "programme", started.programme(), started.slug());
	}

	@EventListener
	void on(ProgrammeDescribed described) {
		auditLog.record("PROGRAMME_CHANGED", "programme", described.programme(), described.name());
	}

	@EventListener
	void on(ProgrammeAdminAppointed appointed) {
		auditLog.record("ROLE_GIVEN", "membership", appointed.membership(),
				"PROGRAMME_ADMIN " + appointed.programme() + " user " + appointed.user().value());
	}

	@EventListener
	void on(ProgrammeAdminDismissed dismissed) {
		auditLog.record("ROLE_TAKEN", "membership", dismissed.membership(),
				"PROGRAMME_ADMIN " + dismissed.programme() + " user " + dismissed.user().value());
	}
}
