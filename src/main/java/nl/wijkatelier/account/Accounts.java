package nl.wijkatelier.account;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.internal.ApiTokenRepository;
import nl.wijkatelier.account.internal.AuditEntryRepository;
import nl.wijkatelier.account.internal.ConsentRepository;
import nl.wijkatelier.account.internal.InvitationRepository;
import nl.wijkatelier.account.internal.UserAccountRepository;
import nl.wijkatelier.mail.Mails;
import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.UserId;

/** Registering people, their consent, and what the GDPR (AVG) gives them: an export and deletion. */
@Service
@Transactional(readOnly = true)
public class Accounts {

	static final int PASSWORD_MIN = 12;
	static final int PASSWORD_MAX = 128;
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private final UserAccountRepository users;
	private final ConsentRepository consents;
	private final ApiTokenRepository tokens;
	private final AuditEntryRepository audit;
	private final Memberships memberships;
	private final PasswordEncoder passwords;
	private final AuditLog auditLog;
	private final InvitationRepository invitations;
	private final List<PersonalDataHolder> holders;
	private final Mails mails;
	private final Clock clock;

	Accounts(UserAccountRepository users, ConsentRepository consents, ApiTokenRepository tokens,
			AuditEntryRepository audit, Memberships memberships, PasswordEncoder passwords, AuditLog auditLog,
			InvitationRepository invitations, List<PersonalDataHolder> holders, Mails mails, Optional<Clock> clock) {
		this.invitations = invitations;
		this.mails = mails;
		this.holders = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::section)).toList();
		this.users = users;
		this.consents = consents;
		this.tokens = tokens;
		this.audit = audit;
		this.memberships = memberships;
		this.passwords = passwords;
		this.auditLog = auditLog;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Optional<UserAccount> byEmail(String email) {
		return email == null ? Optional.empty() : users.findByEmailIgnoreCase(email.trim());
	}

	public UserAccount account(UserId id) {
		return users.findById(id.value()).orElseThrow(() -> new NotFoundException("account", id));
	}

	public boolean hasAdmin() {
		return users.existsByAdminTrue();
	}

	/**
	 * Creates an account after checking every field: a valid e-mail address not yet in use, a name, and a
	 * password of {@value #PASSWORD_MIN} to {@value #PASSWORD_MAX} characters.
	 */
	@Transactional
	public UserAccount register(String email, String displayName, String password, boolean admin) {
		Checks checks = new Checks().requiredText("email", email, 254).requiredText("displayName", displayName, 120);
		if (email != null && !email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
			checks.add("email", "error.email");
		}
		else if (byEmail(email).isPresent()) {
			checks.add("email", "error.email.taken");
		}
		checkNewPassword(checks, "password", password);
		checks.throwIfAny();
		UserAccount account = users.save(new UserAccount(email.trim().toLowerCase(Locale.ROOT), displayName.trim(),
				passwords.encode(password), admin, clock.instant()));
		auditLog.record(admin ? "ADMIN_CREATED" : "ACCOUNT_CREATED", "account", account.id(), account.email());
		return account;
	}

	/** Records that the person agreed to {@code wording} (the exact sentence shown) for {@code purpose}. */
	@Transactional
	public void recordConsent(UserId user, String purpose, String wording) {
		consents.save(new Consent(user, purpose, wording, clock.instant()));
	}

	public List<Consent> consents(UserId user) {
		return consents.findByUserIdOrderByGivenAtAsc(user.value());
	}

	@Transactional
	public void rename(UserId user, String displayName) {
		new Checks().requiredText("displayName", displayName, 120).throwIfAny();
		account(user).rename(displayName.trim());
	}

	/** Changes the password after checking the current one. */
	@Transactional
	public void changePassword(UserId user, String current, String replacement) {
		UserAccount account = account(user);
		Checks checks = new Checks();
		if (current == null || !passwords.matches(current, account.passwordHash())) {
			checks.add("currentPassword", "error.password.wrong");
		}
		checkNewPassword(checks, "newPassword", replacement);
		checks.throwIfAny();
		account.changePassword(passwords.encode(replacement));
		auditLog.record("PASSWORD_CHANGED", "account", user, null);
	}

	/** The password rule: {@value #PASSWORD_MIN} to {@value #PASSWORD_MAX} characters. */
	static void checkNewPassword(Checks checks, String field, String password) {
		if (password == null || password.length() < PASSWORD_MIN) {
			checks.add(field, "error.password.short", PASSWORD_MIN);
		}
		else if (password.length() > PASSWORD_MAX) {
			checks.add(field, "error.tooLong", PASSWORD_MAX);
		}
	}

	/**
	 * Everything held about a person, as plain data for a JSON export: the account, roles, consents, token
	 * metadata (never the tokens), invitations to their address, the e-mails kept for their address (subject, status), the audit entries they made and those about their
	 * account, and each other module's section ({@link PersonalDataHolder}).
	 */
	public Map<String, Object> export(UserId user) {
		UserAccount account = account(user);
		DataSubject subject = new DataSubject(user, account.email());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("email", account.email());
		data.put("displayName", account.displayName());
		data.put("admin", account.admin());
		data.put("createdAt", account.createdAt().toString());
		data.put("roles", memberships.of(user).stream().map(m -> Map.of("role", m.role().name(),
				"neighbourhoodId", m.neighbourhoodId().map(Object::toString).orElse(""),
				"partyId", m.partyId().map(Object::toString).orElse(""))).toList());
		data.put("consents", consents(user).stream().map(c -> Map.of("purpose", c.purpose(), "wording",
				c.wording(), "givenAt", c.givenAt().toString())).toList());
		data.put("apiTokens", tokens.findByUserIdOrderByCreatedAtDesc(user.value()).stream()
				.map(t -> {
					Map<String, Object> token = new LinkedHashMap<>();
					token.put("name", t.name());
					token.put("createdAt", t.createdAt().toString());
					token.put("lastUsedAt", t.lastUsedAt() == null ? null : t.lastUsedAt().toString());
					return token;
				}).toList());
		data.put("invitations", invitations.findByEmailIgnoreCase(account.email()).stream()
				.map(i -> Map.of("role", i.role().name(), "expiresAt", i.expiresAt().toString())).toList());
		data.put("emails", mails.to(account.email()).stream().map(m -> Map.of("subject", m.subject(),
				"status", m.status().name(), "at", m.at().toString())).toList());
		data.put("auditLog", audit.findByActorOrderByAtAsc(account.email()).stream().map(Accounts::entry).toList());
		data.put("auditLogAboutAccount", audit.findBySubjectTypeAndSubjectIdOrderByAtDesc("account",
				user.value().toString()).stream().map(Accounts::entry).toList());
		holders.forEach(holder -> data.put(holder.section(), holder.export(subject)));
		return data;
	}

	private static Map<String, String> entry(AuditEntry e) {
		return Map.of("at", e.at().toString(), "by", e.actor(), "action", e.action(),
				"subject", e.subjectType() + " " + e.subjectId());
	}

	/**
	 * Deletes a person's account, roles, tokens, consents, invitations and the e-mails kept for their address, and has every other module remove or
	 * anonymise what it holds about them ({@link PersonalDataHolder#erase}), in one transaction. The audit log
	 * keeps what was changed, but no longer who: their entries name a pseudonym. The neighbourhoods' figures stay
	 * as they were.
	 */
	@Transactional
	public void delete(UserId user) {
		UserAccount account = account(user);
		DataSubject subject = new DataSubject(user, account.email());
		holders.forEach(holder -> holder.erase(subject));
		invitations.deleteAll(invitations.findByEmailIgnoreCase(account.email()));
		mails.forget(account.email());
		String roles = memberships.of(user).stream().map(m -> m.role().name()).sorted().toList().toString();
		memberships.leaveAll(user);
		tokens.deleteByUserId(user.value());
		consents.deleteByUserId(user.value());
		String pseudonym = "deleted-account-" + user.value().toString().substring(0, 8);
		// Recorded first, so that when the person deletes their own account this entry gets the pseudonym too.
		auditLog.record("ACCOUNT_DELETED", "account", user, pseudonym + ", roles removed: " + roles);
		audit.findByActorOrderByAtAsc(account.email()).forEach(entry -> entry.pseudonymise(pseudonym));
		audit.findByDetailContainingIgnoreCase(account.email())
				.forEach(entry -> entry.pseudonymiseDetail(account.email(), pseudonym));
		users.delete(account);
	}

	Optional<AccountPrincipal> principal(String email) {
		return byEmail(email).map(a -> new AccountPrincipal(a.id(), a.email(), a.displayName(), a.passwordHash(),
				a.admin()));
	}
}
