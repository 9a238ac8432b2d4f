package nl.wijkatelier.programme;

import java.util.Set;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.UserId;

/**
 * A logged-in person and what they may do, as read at the start of the request. Other modules decide access
 * with these questions, never with role strings.
 *
 * @param officerNeighbourhoods the neighbourhoods of the parties the person is an officer of
 */
public record CurrentUser(UserId id, String email, String displayName, boolean admin,
		Set<NeighbourhoodId> facilitatorOf, Set<PartyId> officerOf, Set<NeighbourhoodId> officerNeighbourhoods,
		Set<NeighbourhoodId> residentOf) {

	public CurrentUser {
		facilitatorOf = Set.copyOf(facilitatorOf);
		officerOf = Set.copyOf(officerOf);
		officerNeighbourhoods = Set.copyOf(officerNeighbourhoods);
		residentOf = Set.copyOf(residentOf);
	}

	public boolean isFacilitator() {
		return !facilitatorOf.isEmpty();
	}

	public boolean isOfficer() {
		return !officerOf.isEmpty();
	}

	/** A programme admin, or a facilitator of this neighbourhood. */
	public boolean canFacilitate(NeighbourhoodId neighbourhood) {
		return admin || facilitatorOf.contains(neighbourhood);
	}

	/** A programme admin, or an officer of this party. */
	public boolean actsFor(PartyId party) {
		return admin || officerOf.contains(party);
	}

	/** Admin, facilitator of the neighbourhood, or officer of a party in it: may organise things there. */
	public boolean canOrganise(NeighbourhoodId neighbourhood) {
		return canFacilitate(neighbourhood) || officerNeighbourhoods.contains(neighbourhood);
	}

	/** Whether the person takes part in the neighbourhood in any role. */
	public boolean belongsTo(NeighbourhoodId neighbourhood) {
		return canOrganise(neighbourhood) || residentOf.contains(neighbourhood);
	}
}
