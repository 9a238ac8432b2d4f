package nl.wijkatelier.programme;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.programme.internal.MembershipRepository;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.UserId;

/**
 * Who takes part where: facilitators of neighbourhoods, officers of parties, residents of neighbourhoods, admins
 * of programmes.
 */
@Service
@Transactional(readOnly = true)
public class Memberships {

	private final MembershipRepository memberships;
	private final ProgrammeCatalog catalog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Memberships(MembershipRepository memberships, ProgrammeCatalog catalog, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.memberships = memberships;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public List<Membership> of(UserId user) {
		return memberships.findByUserId(user.value());
	}

	public List<Membership> inNeighbourhood(NeighbourhoodId neighbourhood) {
		return memberships.findByNeighbourhoodId(neighbourhood.value());
	}

	/** The officers of a party: the people who act for it (answer for it, are told about its tasks). */
	public List<Membership> officersOf(PartyId party) {
		return memberships.findByPartyId(party.value()).stream().filter(m -> m.role() == Membership.Role.OFFICER)
				.toList();
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
		if (role == Membership.Role.PROGRAMME_ADMIN) {
			// A programme admin names a programme, which neither a neighbourhood nor a party gives.
			checks.add("role", "error.role.programmeAdminHere").throwIfAny();
		}
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

	/** The people who manage this programme, oldest appointment first. */
	public List<Membership> programmeAdmins(ProgrammeId programme) {
		return memberships.findByProgrammeIdAndRoleOrderByCreatedAtAsc(programme.value(),
				Membership.Role.PROGRAMME_ADMIN);
	}

	/**
	 * Makes a person admin of one programme: they may describe it, register, edit and archive its neighbourhoods
	 * and edit its themes, and nothing in other programmes. Appointing someone twice changes nothing.
	 */
	@Transactional
	public Membership appointProgrammeAdmin(UserId user, ProgrammeId programme) {
		catalog.programme(programme);
		return programmeAdmins(programme).stream().filter(m -> m.userId().equals(user)).findFirst()
				.orElseGet(() -> {
					Membership membership = memberships.save(Membership.programmeAdmin(user, programme,
							clock.instant()));
					events.publishEvent(new ProgrammeAdminAppointed(programme, user, membership.id()));
					return membership;
				});
	}

	/** Takes the programme admin role away; a person who is not admin of the programme is left as is. */
	@Transactional
	public void dismissProgrammeAdmin(UserId user, ProgrammeId programme) {
		catalog.programme(programme);
		programmeAdmins(programme).stream().filter(m -> m.userId().equals(user)).forEach(m -> {
			memberships.delete(m);
			events.publishEvent(new ProgrammeAdminDismissed(programme, user, m.id()));
		});
	}

	/** Removes every role of a person, as when their account is deleted. */
	@Transactional
	public void leaveAll(UserId user) {
		memberships.deleteByUserId(user.value());
	}
}
