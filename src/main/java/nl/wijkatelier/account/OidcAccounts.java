package nl.wijkatelier.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.internal.OidcLinkRepository;
import nl.wijkatelier.shared.Tokens;

/**
 * Which account an identity at an OpenID provider logs in as. There is no registration: an identity logs in only
 * as the account it was linked to before, or, when the provider vouches for the e-mail address
 * ({@code email_verified}), as the account with that address or as the new account of an open invitation to it.
 * Once linked, the link (issuer and subject) decides, so an address changed at the provider takes over nothing.
 */
@Service
@Transactional(readOnly = true)
public class OidcAccounts {

	/** Why an identity was refused; each has its sentence on the login page ({@code login.oidc.<code>}). */
	public enum Refusal {
		/** The provider does not say the address is verified, and the identity is not linked yet. */
		UNVERIFIED,
		/** No account and no open invitation for the address. */
		UNKNOWN,
		/** The account is already linked to another identity at this provider. */
		TAKEN;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public static class RefusedException extends RuntimeException {

		private final Refusal refusal;

		RefusedException(Refusal refusal) {
			super("OpenID login refused: " + refusal);
			this.refusal = refusal;
		}

		public Refusal refusal() {
			return refusal;
		}
	}

	/** What the provider says about the person; {@code email} and {@code name} may be empty. */
	public record Identity(String issuer, String subject, String email, boolean emailVerified, String name) {
	}

	private final OidcLinkRepository links;
	private final Accounts accounts;
	private final Invitations invitations;
	private final AuditLog auditLog;
	private final Clock clock;

	OidcAccounts(OidcLinkRepository links, Accounts accounts, Invitations invitations, AuditLog auditLog,
			Optional<Clock> clock) {
		this.links = links;
		this.accounts = accounts;
		this.invitations = invitations;
		this.auditLog = auditLog;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The account this identity logs in as, linking it on its first login; open invitations to the verified
	 * address are accepted.
	 *
	 * @throws RefusedException when the identity may not log in
	 */
	@Transactional
	public AccountPrincipal logIn(Identity identity) {
		Optional<String> verified = identity.emailVerified() && identity.email() != null && !identity.email().isBlank()
				? Optional.of(identity.email().trim().toLowerCase(Locale.ROOT))
				: Optional.empty();
		Optional<OidcLink> known = links.findByIssuerAndSubject(identity.issuer(), identity.subject());
		UserAccount account;
		if (known.isPresent()) {
			account = accounts.account(known.get().userId());
			known.get().loggedIn(clock.instant());
		}
		else {
			String email = verified.orElseThrow(() -> new RefusedException(Refusal.UNVERIFIED));
			account = accounts.byEmail(email).orElseGet(() -> newInvitedAccount(email, identity.name()));
			if (links.existsByIssuerAndUserId(identity.issuer(), account.id().value())) {
				throw new RefusedException(Refusal.TAKEN);
			}
			links.save(new OidcLink(identity.issuer(), identity.subject(), account.id(), email, clock.instant()));
			auditLog.record("account.oidc-linked", "account", account.id(), identity.issuer() + " " + email);
		}
		// an invitation is accepted only when the address it went to is the account's own and verified now
		String own = account.email();
		verified.filter(own::equalsIgnoreCase).ifPresent(email -> invitations.acceptAllTo(email, account.id()));
		return new AccountPrincipal(account.id(), account.email(), account.displayName(), "", account.admin());
	}

	/** Records the login, by the person now logged in. */
	@Transactional
	public void recordLogin(AccountPrincipal principal, String issuer) {
		auditLog.record("account.oidc-login", "account", principal.userId(), issuer);
	}

	private UserAccount newInvitedAccount(String email, String name) {
		if (!invitations.hasOpenInvitation(email)) {
			throw new RefusedException(Refusal.UNKNOWN);
		}
		String displayName = name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name.trim();
		// A password nobody knows: the person logs in through the provider (or sets one by a password reset).
		return accounts.register(email, displayName.substring(0, Math.min(displayName.length(), 120)),
				Tokens.newToken("oidc_"), false);
	}
}
