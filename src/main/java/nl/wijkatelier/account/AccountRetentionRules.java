package nl.wijkatelier.account;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wijkatelier.account.internal.AuditEntryRepository;
import nl.wijkatelier.account.internal.InvitationRepository;

/** The account module's retention rules: finished invitations, old audit entries and old failed logins. */
@Configuration(proxyBeanMethods = false)
class AccountRetentionRules {

	@Bean
	RetentionRule invitationRetention(AccountRetention retention, InvitationRepository invitations,
			TransactionTemplate transactions) {
		return rule("invitations", retention.invitations(),
				before -> transactions.execute(tx -> invitations.deleteFinishedBefore(before)));
	}

	@Bean
	RetentionRule auditLogRetention(AccountRetention retention, AuditEntryRepository entries,
			TransactionTemplate transactions) {
		return rule("auditLog", retention.auditLog(), before -> transactions.execute(tx -> entries.deleteByAtBefore(before)));
	}

	/** The client address of a failed login is kept as long as it counts for the {@link LoginThrottle}. */
	@Bean
	RetentionRule loginFailureRetention(LoginThrottle throttle) {
		return rule("loginFailures", throttle.window(), throttle::forget);
	}

	private static RetentionRule rule(String key, Duration period, Function<Instant, Integer> remove) {
		return new RetentionRule() {
			@Override
			public String key() {
				return key;
			}

			@Override
			public Duration period() {
				return period;
			}

			@Override
			public int enforce(Instant now) {
				return remove.apply(now.minus(period));
			}
		};
	}
}
