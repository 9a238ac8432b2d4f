package nl.wijkatelier.works;

/**
 * What a task does. The street-opening types dig up the public space (excavation, re-paving, traffic
 * measures), so combining them saves the most; {@link CouplingRule} gives them the wider default buffer.
 */
public enum TaskType {
	SEWER_REPLACEMENT(true), WATER_MAIN(true), DISTRICT_HEATING(true), ELECTRICITY_GRID(true), GAS_GRID(true),
	FIBRE(true), ROAD_REDESIGN(true), ROAD_MAINTENANCE(false), CLIMATE_ADAPTATION(true), GREENING(false),
	PLAY_AREA(false), HOUSING_RENOVATION(false), SOCIAL_PROGRAMME(false), OTHER(false);

	private final boolean opensStreet;

	TaskType(boolean opensStreet) {
		this.opensStreet = opensStreet;
	}

	/** Whether the work opens the street (the list of street-opening types). */
	public boolean opensStreet() {
		return opensStreet;
	}
}
