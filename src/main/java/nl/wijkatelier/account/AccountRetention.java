package nl.wijkatelier.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retention periods of the account module's personal data, under {@code wijkatelier.retention}.
 *
 * @param invitations how long an invitation (the invitee's e-mail address) is kept after it expired or was
 *        accepted; 30 days leaves time to answer "I never got it" and to resend, after which the address serves
 *        no purpose (an accepted invitation's address lives on in the account)
 * @param auditLog how long audit entries (who changed which task, budget, scenario or role) are kept; 7 years,
 *        the Dutch fiscal retention period for records about money (AWR art. 52), since budget decisions are
 *        what the log is mostly consulted for; an entry names the person who made the change (their e-mail
 *        address, or a pseudonym once they deleted their account) and holds no IP address
 */
@ConfigurationProperties("wijkatelier.retention")
public record AccountRetention(Duration invitations, Duration auditLog) {

	public AccountRetention {
		invitations = orDefault(invitations, Duration.ofDays(30));
		auditLog = orDefault(auditLog, Duration.ofDays(7 * 365 + 2));
	}

	static Duration orDefault(Duration value, Duration fallback) {
		if (value != null && value.isNegative()) {
			throw new IllegalArgumentException("a retention period must be zero or more");
		}
		return value == null ? fallback : value;
	}
}
