package modularityfixture.first;

import modularityfixture.second.Second;

/** Uses the other module's API type without having declared that module. */
public class First {

	public Second other() {
		return new Second();
	}
}
