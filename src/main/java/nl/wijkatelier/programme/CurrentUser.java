package nl.wijkatelier.programme;

import java.util.Set;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.UserId;

/**
 * A logged-in person and what they may do, as read at the start of the request. Other modules decide access
 * with these questions, never with role strings.
 *
 * @param admin a platform admin: manages every programme and appoints programme admins
 * @param officerNeighbourhoods the neighbourhoods of the parties the person is an officer of
 * @param programmeAdminOf the programmes the person manages as programme admin
 * @param programmeAdminNeighbourhoods the (not archived) neighbourhoods of those programmes
 */
public record CurrentUser(UserId id, String email, String displayName, boolean admin,
		Set<NeighbourhoodId> facilitatorOf, Set<PartyId> officerOf, Set<NeighbourhoodId> officerNeighbourhoods,
		Set<NeighbourhoodId> residentOf, Set<ProgrammeId> programmeAdminOf,
		Set<NeighbourhoodId> programmeAdminNeighbourhoods) {

	public CurrentUser {
		facilitatorOf = Set.copyOf(facilitatorOf);
		officerOf = Set.copyOf(officerOf);
		officerNeighbourhoods = Set.copyOf(officerNeighbourhoods);
		residentOf = Set.copyOf(residentOf);
		programmeAdminOf = Set.copyOf(programmeAdminOf);
		programmeAdminNeighbourhoods = Set.copyOf(programmeAdminNeighbourhoods);
	}

	/** A platform admin, or an admin of this programme: may describe it, its neighbourhoods and its themes. */
	public boolean administers(ProgrammeId programme) {
		return admin || programmeAdminOf.contains(programme);
	}

	public boolean isProgrammeAdmin() {
		return !programmeAdminOf.isEmpty();
	}

	public boolean isFacilitator() {
		return !facilitatorOf.isEmpty();
	}

	public boolean isOfficer() {
		return !officerOf.isEmpty();
	}

	/** A platform admin, an admin of the neighbourhood's programme, or a facilitator of this neighbourhood. */
	public boolean canFacilitate(NeighbourhoodId neighbourhood) {
		return admin || facilitatorOf.contains(neighbourhood) || programmeAdminNeighbourhoods.contains(neighbourhood);
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
