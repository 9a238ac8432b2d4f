package nl.wijkatelier.account;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.internal.UserAccountRepository;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.Membership;
import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.UserId;

/**
 * The people with a role in a neighbourhood, and taking one of those roles away. Whoever may invite to a
 * neighbourhood (an admin, a facilitator of it) may see and revoke its roles. Roles are read fresh on every request
 * ({@link nl.wijkatelier.programme.CurrentUsers}), so a revoked role stops working on the person's next request,
 * also in a session that was open before.
 */
@Service
@Transactional(readOnly = true)
public class NeighbourhoodRoles {

	/** One role of one person in the neighbourhood; {@code party} is empty unless the role is officer. */
	public record Holder(UUID membershipId, Membership.Role role, UserId user, String email, String displayName,
			String party) {
	}

	private final Memberships memberships;
	private final ProgrammeCatalog catalog;
	private final UserAccountRepository users;
	private final AuditLog auditLog;

	NeighbourhoodRoles(Memberships memberships, ProgrammeCatalog catalog, UserAccountRepository users,
			AuditLog auditLog) {
		this.memberships = memberships;
		this.catalog = catalog;
		this.users = users;
		this.auditLog = auditLog;
	}

	/** The roles in the neighbourhood by role, then name; 404 for an unknown neighbourhood, 403 for others. */
	public List<Holder> holders(CurrentUser asker, NeighbourhoodId neighbourhood) {
		requireManager(asker, neighbourhood);
		return memberships.inNeighbourhood(neighbourhood).stream().map(this::holder)
				.sorted(Comparator.comparing(Holder::role).thenComparing(Holder::displayName,
						String.CASE_INSENSITIVE_ORDER))
				.toList();
	}

	/**
	 * Takes the role away and records who took which role from whom. A membership that does not exist, or is not
	 * in this neighbourhood, is not found.
	 */
	@Transactional
	public Holder revoke(CurrentUser revoker, NeighbourhoodId neighbourhood, UUID membershipId) {
		requireManager(revoker, neighbourhood);
		Membership membership = memberships.find(membershipId)
				.filter(m -> m.neighbourhoodId().equals(Optional.of(neighbourhood)))
				.orElseThrow(() -> new NotFoundException("membership", membershipId));
		Holder holder = holder(membership);
		memberships.leave(membership);
		auditLog.record("membership.revoked", "membership", membershipId, holder.role().name() + " neighbourhood "
				+ neighbourhood + (holder.party().isEmpty() ? "" : " party " + holder.party()) + " from "
				+ holder.email() + " (user " + holder.user().value() + ")");
		return holder;
	}

	private void requireManager(CurrentUser user, NeighbourhoodId neighbourhood) {
		if (catalog.findNeighbourhood(neighbourhood).isEmpty()) {
			throw new NotFoundException("neighbourhood", neighbourhood);
		}
		if (!user.canFacilitate(neighbourhood)) {
			throw new AccessDeniedException("not your neighbourhood");
		}
	}

	private Holder holder(Membership membership) {
		Optional<UserAccount> account = users.findById(membership.userId().value());
		return new Holder(membership.id(), membership.role(), membership.userId(),
				account.map(UserAccount::email).orElse(""), account.map(UserAccount::displayName).orElse(""),
				membership.partyId().flatMap(catalog::findParty).map(p -> p.name()).orElse(""));
	}
}
