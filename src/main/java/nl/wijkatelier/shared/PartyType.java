package nl.wijkatelier.shared;

/** The kinds of party that take part in a neighbourhood; the codes are used across the API and files. */
public enum PartyType {
	RESIDENT, MUNICIPALITY, HOUSING_CORPORATION, ENERGY_COMPANY, GRID_OPERATOR, WATER_BOARD, ENTREPRENEUR,
	WELFARE_HEALTH, OTHER;

	/** Message-bundle key of the type's name, e.g. {@code partyType.RESIDENT}. */
	public String messageKey() {
		return "partyType." + name();
	}
}
