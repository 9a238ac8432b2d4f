package nl.wijkatelier.account;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log: who did what to which object, and when. Never changed after it is written. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

	@Id
	private UUID id;
	private Instant at;
	private String actor;
	private String action;
	@Column(name = "subject_type")
	private String subjectType;
	@Column(name = "subject_id")
	private String subjectId;
	private String detail;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, String actor, String action, String subjectType, String subjectId, String detail) {
		this.id = UUID.randomUUID();
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.detail = detail;
	}

	public Instant at() {
		return at;
	}

	public String actor() {
		return actor;
	}

	public String action() {
		return action;
	}

	public String subjectType() {
		return subjectType;
	}

	public String subjectId() {
		return subjectId;
	}

	public String detail() {
		return detail;
	}

	/** Replaces the actor when their account is deleted; the change itself stays on record. */
	void pseudonymise(String pseudonym) {
		this.actor = pseudonym;
	}

	/** Replaces the person's e-mail address where the detail names it (an invitation, a registration). */
	void pseudonymiseDetail(String email, String pseudonym) {
		if (detail != null) {
			detail = detail.replaceAll("(?i)" + Pattern.quote(email),
					Matcher.quoteReplacement(pseudonym));
		}
	}
}
