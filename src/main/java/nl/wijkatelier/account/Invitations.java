package nl.wijkatelier.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.internal.InvitationRepository;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.Membership;
import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.Tokens;
import nl.wijkatelier.shared.UserId;

/**
 * Invitations by link. An admin may invite anyone to any role; a facilitator may invite to their own
 * neighbourhood (as facilitator, resident, or officer of a party there). A link is valid for
 * {@link #VALID_FOR} and can be used once. The link is e-mailed to the invited address (queued with the
 * invitation, so it goes out if and only if the invitation is stored) and shown to the inviter.
 */
@Service
@Transactional(readOnly = true)
public class Invitations {

	static final Duration VALID_FOR = Duration.ofDays(14);
	static final String PREFIX = "inv_";

	/** An invitation just made, with the token for its link, shown to the inviter this once. */
	public record Issued(Invitation invitation, String token) {
	}

	private final InvitationRepository invitations;
	private final Accounts accounts;
	private final Memberships memberships;
	private final ProgrammeCatalog catalog;
	private final AuditLog auditLog;
	private final AccountMails mails;
	private final Clock clock;

	Invitations(InvitationRepository invitations, Accounts accounts, Memberships memberships,
			ProgrammeCatalog catalog, AuditLog auditLog, AccountMails mails, Optional<Clock> clock) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.memberships = memberships;
		this.catalog = catalog;
		this.auditLog = auditLog;
		this.mails = mails;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional
	public Issued invite(CurrentUser inviter, String email, Membership.Role role,
			Optional<NeighbourhoodId> neighbourhood, Optional<PartyId> party) {
		Checks checks = new Checks().requiredText("email", email, 254);
		if (role == null) {
			checks.add("role", "error.required");
		}
		else if (role == Membership.Role.PROGRAMME_ADMIN) {
			checks.add("role", "error.role.programmeAdminHere");
		}
		checks.throwIfAny();
		NeighbourhoodId where = role == Membership.Role.OFFICER
				? party.flatMap(catalog::findParty).flatMap(p -> p.neighbourhoodId()).orElse(null)
				: neighbourhood.orElse(null);
		if (role == Membership.Role.OFFICER && party.flatMap(catalog::findParty).isEmpty()) {
			new Checks().add("partyId", "error.party.unknown", party.map(Object::toString).orElse("")).throwIfAny();
		}
		if (role != Membership.Role.OFFICER
				&& (where == null || catalog.findNeighbourhood(where).isEmpty())) {
			new Checks().add("neighbourhoodId", "error.neighbourhood.unknown",
					neighbourhood.map(Object::toString).orElse("")).throwIfAny();
		}
		boolean allowed = inviter.admin() || (where != null && inviter.canFacilitate(where));
		if (!allowed) {
			throw new AccessDeniedException("not your neighbourhood");
		}
		String token = Tokens.newToken(PREFIX);
		Invitation invitation = invitations.save(new Invitation(Tokens.hash(token), email.trim(), role,
				role == Membership.Role.OFFICER ? null : where, party.orElse(null), inviter.id(), clock.instant(),
				clock.instant().plus(VALID_FOR)));
		auditLog.record("INVITED", "invitation", invitation.id(), role + " " + email.trim());
		String place = role == Membership.Role.OFFICER
				? party.flatMap(catalog::findParty).map(p -> p.name()).orElse("")
				: catalog.neighbourhood(where).name();
		mails.invitation(invitation, token, inviter.displayName(), place);
		return new Issued(invitation, token);
	}

	/** The open invitation behind a link; an unknown, used or expired link is not found. */
	public Invitation open(String token) {
		return invitations.findByTokenHash(Tokens.hash(token == null ? "" : token))
				.filter(i -> !i.acceptedOrExpired(clock.instant()))
				.orElseThrow(() -> new NotFoundException("invitation", "link"));
	}

	/**
	 * Gives the invited role to an existing account and marks the link as used.
	 *
	 * @throws ConflictException ({@code error.invitation.otherAccount}) when the account's address is not the one
	 *         the invitation went to; nothing changes then
	 */
	@Transactional
	public void accept(String token, UserId user) {
		Invitation invitation = open(token);
		UserAccount account = accounts.account(user);
		if (!invitation.isFor(account.email())) {
			throw new ConflictException("error.invitation.otherAccount", invitation.email(), account.email());
		}
		accept(invitation, account);
	}

	/**
	 * Accepts every open invitation to {@code email} for the account, as when the person proved at an OpenID
	 * provider that the address is theirs; answers how many there were.
	 */
	@Transactional
	int acceptAllTo(String email, UserId user) {
		UserAccount account = accounts.account(user);
		List<Invitation> open = invitations.findByEmailIgnoreCase(email.trim()).stream()
				.filter(i -> !i.acceptedOrExpired(clock.instant()) && i.isFor(account.email())).toList();
		open.forEach(invitation -> accept(invitation, account));
		return open.size();
	}

	boolean hasOpenInvitation(String email) {
		return invitations.findByEmailIgnoreCase(email.trim()).stream()
				.anyMatch(i -> !i.acceptedOrExpired(clock.instant()));
	}

	private void accept(Invitation invitation, UserAccount account) {
		Membership membership = memberships.join(account.id(), invitation.role(), invitation.neighbourhoodId(),
				invitation.partyId());
		invitation.accept(clock.instant());
		// The invitation's own entry (INVITED) names who gave the role; these say who took it and where. The
		// address is in the detail because the actor is "system" when the account was made with the invitation;
		// deleting the account replaces it by a pseudonym (Accounts.delete).
		String who = "account " + account.id().value() + " " + account.email();
		auditLog.record("INVITATION_ACCEPTED", "invitation", invitation.id(), who);
		auditLog.record("ROLE_GIVEN", "membership", membership.id(), invitation.role().name() + " "
				+ invitation.neighbourhoodId().map(Object::toString)
						.or(() -> invitation.partyId().map(Object::toString)).orElse("")
				+ " invitation " + invitation.id() + " " + who);
	}

	/** Creates an account for the invited person, records their consent, and gives the role. */
	@Transactional
	public UserAccount acceptAsNewAccount(String token, String displayName, String password, String consentWording,
			boolean consentGiven) {
		Invitation invitation = open(token);
		if (!consentGiven) {
			new Checks().add("consent", "error.consent.required").throwIfAny();
		}
		if (accounts.byEmail(invitation.email()).isPresent()) {
			throw new ConflictException("error.invitation.loginFirst");
		}
		UserAccount account = accounts.register(invitation.email(), displayName, password, false);
		accounts.recordConsent(account.id(), "account", consentWording);
		accept(token, account.id());
		return account;
	}
}
