package nl.wijkatelier.programme;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.UserIdentity;

/**
 * Who is asking and what they may do. Roles are read fresh for each call, so a role given or taken applies at
 * once. Every module decides access through this, never through role strings.
 */
@Service
@Transactional(readOnly = true)
public class CurrentUsers {

	private final Memberships memberships;
	private final ProgrammeCatalog catalog;

	CurrentUsers(Memberships memberships, ProgrammeCatalog catalog) {
		this.memberships = memberships;
		this.catalog = catalog;
	}

	/** The logged-in person, or empty for anonymous callers and atelier participants. */
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof UserIdentity identity)) {
			return Optional.empty();
		}
		return Optional.of(of(identity));
	}

	/** The logged-in person; anonymous callers get 401 (API) or the login page (web). */
	public CurrentUser require() {
		return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("login required"));
	}

	/** The logged-in person when the check holds; otherwise 401 for anonymous callers, 403 for others. */
	public CurrentUser require(Predicate<CurrentUser> check) {
		CurrentUser user = require();
		if (!check.test(user)) {
			throw new AccessDeniedException("not allowed");
		}
		return user;
	}

	public CurrentUser of(UserIdentity identity) {
		Set<NeighbourhoodId> facilitatorOf = new HashSet<>();
		Set<PartyId> officerOf = new HashSet<>();
		Set<NeighbourhoodId> officerNeighbourhoods = new HashSet<>();
		Set<NeighbourhoodId> residentOf = new HashSet<>();
		Set<ProgrammeId> programmeAdminOf = new HashSet<>();
		Set<NeighbourhoodId> programmeAdminNeighbourhoods = new HashSet<>();
		for (Membership membership : memberships.of(identity.userId())) {
			switch (membership.role()) {
				case FACILITATOR -> membership.neighbourhoodId().ifPresent(facilitatorOf::add);
				case RESIDENT -> membership.neighbourhoodId().ifPresent(residentOf::add);
				case PROGRAMME_ADMIN -> membership.programmeId().ifPresent(programme -> {
					programmeAdminOf.add(programme);
					catalog.neighbourhoods(programme).forEach(n -> programmeAdminNeighbourhoods.add(n.id()));
				});
				case OFFICER -> membership.partyId().flatMap(catalog::findParty).ifPresent(party -> {
					officerOf.add(party.id());
					if (party.neighbourhoodId().isPresent()) {
						officerNeighbourhoods.add(party.neighbourhoodId().get());
					}
					else {
						// A party without a neighbourhood (a municipality) works in all of its programme's.
						catalog.neighbourhoods(party.programmeId()).forEach(n -> officerNeighbourhoods.add(n.id()));
					}
				});
			}
		}
		return new CurrentUser(identity.userId(), identity.email(), identity.displayName(), identity.admin(),
				facilitatorOf, officerOf, officerNeighbourhoods, residentOf, programmeAdminOf,
				programmeAdminNeighbourhoods);
	}
}
