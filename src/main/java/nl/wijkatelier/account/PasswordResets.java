package nl.wijkatelier.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.internal.PasswordReset;
import nl.wijkatelier.account.internal.PasswordResetRepository;
import nl.wijkatelier.account.internal.UserAccountRepository;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.Tokens;

/**
 * Choosing a new password through a mailed one-time link. Asking for one answers the same whether or not the
 * address has an account; only an account's owner gets a link, at most {@link #MAX_PER_HOUR} an hour (no mail
 * flood). A link works once, for {@link #VALID_FOR}; only its hash is stored.
 * <p>
 * Using it sets the new password, makes the account's other unused links useless and ends every
 * web session of the account logged in before it (checked on each request by {@link EndedSessions}). Personal API
 * tokens stay valid: they are separate credentials the person made on purpose and revokes on the profile page; a
 * forgotten password says nothing about them.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResets {

	static final Duration VALID_FOR = Duration.ofHours(1);
	static final int MAX_PER_HOUR = 3;
	static final String PREFIX = "pwr_";
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private final PasswordResetRepository resets;
	private final UserAccountRepository users;
	private final PasswordEncoder passwords;
	private final AccountMails mails;
	private final AuditLog auditLog;
	private final Clock clock;

	PasswordResets(PasswordResetRepository resets, UserAccountRepository users, PasswordEncoder passwords,
			AccountMails mails, AuditLog auditLog, Optional<Clock> clock) {
		this.resets = resets;
		this.users = users;
		this.passwords = passwords;
		this.mails = mails;
		this.auditLog = auditLog;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Mails a reset link to the account with this address, if there is one and it has had fewer than
	 * {@link #MAX_PER_HOUR} links in the past hour; otherwise does nothing, saying nothing about why.
	 */
	@Transactional
	public void request(String email) {
		Checks checks = new Checks().requiredText("email", email, 254);
		if (email != null && !email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
			checks.add("email", "error.email");
		}
		checks.throwIfAny();
		// Made whether or not the address has an account, so both answers cost the same.
		String token = Tokens.newToken(PREFIX);
		String hash = Tokens.hash(token);
		Optional<UserAccount> found = users.findByEmailIgnoreCase(email.trim());
		if (found.isEmpty()) {
			return;
		}
		// The account's row lock makes concurrent requests count one after the other.
		UserAccount account = users.findForUpdateById(found.get().id().value()).orElseThrow();
		Instant now = clock.instant();
		if (resets.countByUserIdAndCreatedAtAfter(account.id().value(), now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
			return;
		}
		PasswordReset reset = resets.save(new PasswordReset(account.id(), hash, now, now.plus(VALID_FOR)));
		mails.passwordReset(account.email(), token, now.plus(VALID_FOR));
		auditLog.record("PASSWORD_RESET_REQUESTED", "account", account.id(), "link " + reset.id());
	}

	/** Whether a link can still be used (known, unused, not expired). */
	public boolean usable(String token) {
		return token != null && token.length() <= 100
				&& resets.findByTokenHash(Tokens.hash(token)).filter(r -> r.usableAt(clock.instant())).isPresent();
	}

	/**
	 * Sets a new password through a link, once.
	 *
	 * @throws NotFoundException for an unknown, used or expired link
	 */
	@Transactional
	public void reset(String token, String newPassword) {
		Instant now = clock.instant();
		PasswordReset reset = (token == null || token.length() > 100 ? Optional.<PasswordReset>empty()
				: resets.findForUpdateByTokenHash(Tokens.hash(token))).filter(r -> r.usableAt(now))
				.orElseThrow(() -> new NotFoundException("passwordReset", "link"));
		Checks checks = new Checks();
		Accounts.checkNewPassword(checks, "password", newPassword);
		checks.throwIfAny();
		UserAccount account = users.findForUpdateById(reset.userId().value())
				.orElseThrow(() -> new NotFoundException("passwordReset", "link"));
		account.changePassword(passwords.encode(newPassword));
		account.endSessionsBefore(now);
		resets.findByUserIdAndUsedAtIsNull(account.id().value()).forEach(r -> r.use(now));
		reset.use(now);
		auditLog.record("PASSWORD_RESET", "account", account.id(),
				"link " + reset.id() + "; web sessions ended, API tokens kept");
	}
}
