package nl.wijkatelier.action;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * Something an action's or its neighbourhood's public pages show changed: the action was started or its rules changed,
 * a sign-up was made, confirmed, changed, cancelled, deleted or voided, a resident left the network, or the
 * personal data of an ended action was removed. Published in the transaction of the change.
 */
public record ActionChanged(NeighbourhoodId neighbourhood) implements PublicPageChange {

	static ActionChanged of(Action action) {
		return new ActionChanged(action.neighbourhoodId());
	}
}
