package nl.wijkatelier.programme;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.programme.internal.MembershipRepository;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.UserId;

/** Who takes part where: facilitators of neighbourhoods, officers of parties, residents of neighbourhoods. */
@Service
@Transactional(readOnly = true)
public class Memberships {

	private final MembershipRepository memberships;
	private final ProgrammeCatalog catalog;
	private final Clock clock;

	Memberships(MembershipRepository memberships, ProgrammeCatalog catalog, Optional<Clock> clock) {
		this.memberships = memberships;
		this.catalog = catalog;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public List<Membership> of(UserId user) {
		return memberships.findByUserId(user.value());
	}

	public List<Membership> inNeighbourhood(NeighbourhoodId neighbourhood) {
		return memberships.findByNeighbourhoodId(neighbourhood.value());
	}

	public Optional<Membership> find(UUID id) {
		return memberships.findById(id);
	}

	/** Takes one role away; the person's other roles stay. */
	@Transactional
	public void leave(Membership membership) {
		memberships.delete(membership);
	}

	/**
	 * Gives a person a role. A facilitator or resident needs a neighbourhood; an officer needs a party, and
	 * the officer's neighbourhood is the party's own. Asking for a role the person already has changes nothing.
	 */
	@Transactional
	public Membership join(UserId user, Membership.Role role, Optional<NeighbourhoodId> neighbourhood,
			Optional<PartyId> party) {
		Checks checks = new Checks();
		NeighbourhoodId where = null;
		PartyId of = null;
		if (role == Membership.Role.OFFICER) {
			if (party.isEmpty() || catalog.findParty(party.get()).isEmpty()) {
				checks.add("partyId", "error.party.unknown", party.map(Object::toString).orElse(""));
			}
			else {
				of = party.get();
				where = catalog.party(of).neighbourhoodId().orElse(null);
			}
		}
		else if (neighbourhood.isEmpty() || catalog.findNeighbourhood(neighbourhood.get()).isEmpty()) {
			checks.add("neighbourhoodId", "error.neighbourhood.unknown",
					neighbourhood.map(Object::toString).orElse(""));
		}
		else {
			where = neighbourhood.get();
		}
		checks.throwIfAny();
		NeighbourhoodId finalWhere = where;
		PartyId finalOf = of;
		return of(user).stream()
				.filter(m -> m.role() == role && m.neighbourhoodId().equals(Optional.ofNullable(finalWhere))
						&& m.partyId().equals(Optional.ofNullable(finalOf)))
				.findFirst()
				.orElseGet(() -> memberships.save(new Membership(user, role, finalWhere, finalOf, clock.instant())));
	}

	/** Removes every role of a person, as when their account is deleted. */
	@Transactional
	public void leaveAll(UserId user) {
		memberships.deleteByUserId(user.value());
	}
}
