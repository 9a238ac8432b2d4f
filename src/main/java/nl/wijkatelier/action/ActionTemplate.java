package nl.wijkatelier.action;

import static nl.wijkatelier.action.ImpactParameter.*;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kinds of action there are. Each declares what a household contributes (its quantity fields with units
 * and sane maxima), what contact data it needs, and how its impact is estimated.
 */
public enum ActionTemplate {

	TILE_REMOVAL(ContactNeed.NONE, List.of("GREENERY", "CLIMATE_ADAPTATION", "BIODIVERSITY"),
			List.of(new QuantityField("tiles", "unit.tiles", 2_000), new QuantityField("squareMetres", "unit.m2", 200)),
			List.of(new ImpactMeasure("unpavedArea", "unit.m2", List.of(TILES_PER_M2), ActionTemplate::unpavedArea),
					new ImpactMeasure("rainInfiltrated", "unit.litresYear", List.of(TILES_PER_M2, RAINFALL),
							(t, p) -> unpavedArea(t, p) * p.rainfallLitresPerSquareMetre()))),

	RAIN_PIPE_DISCONNECTION(ContactNeed.NONE, List.of("CLIMATE_ADAPTATION"),
			List.of(new QuantityField("roofSquareMetres", "unit.m2Roof", 500), new QuantityField("pipes", "unit.pipes", 10)),
			List.of(new ImpactMeasure("rainKeptFromSewer", "unit.litresYear", List.of(RAINFALL, ROOF_RUNOFF),
					(t, p) -> t.of("roofSquareMetres") * p.rainfallLitresPerSquareMetre() * p.roofRunoffCoefficient()))),

	GREENING(ContactNeed.NONE, List.of("GREENERY", "BIODIVERSITY", "CLIMATE_ADAPTATION"),
			List.of(new QuantityField("squareMetres", "unit.m2", 1_000), new QuantityField("trees", "unit.trees", 20)),
			List.of(new ImpactMeasure("greenedArea", "unit.m2", List.of(), (t, p) -> t.of("squareMetres")),
					new ImpactMeasure("rainInfiltrated", "unit.litresYear", List.of(RAINFALL),
							(t, p) -> t.of("squareMetres") * p.rainfallLitresPerSquareMetre()))),

	FACADE_GARDEN(ContactNeed.NONE, List.of("GREENERY", "BIODIVERSITY"),
			List.of(new QuantityField("tiles", "unit.tiles", 100)),
			List.of(new ImpactMeasure("unpavedArea", "unit.m2", List.of(TILES_PER_M2), ActionTemplate::unpavedArea),
					new ImpactMeasure("rainInfiltrated", "unit.litresYear", List.of(TILES_PER_M2, RAINFALL),
							(t, p) -> unpavedArea(t, p) * p.rainfallLitresPerSquareMetre()))),

	COLLECTIVE_PURCHASE(ContactNeed.EMAIL_AND_ADDRESS, List.of("ENERGY"),
			List.of(new QuantityField("cavityWall", "unit.homes", 1), new QuantityField("roofInsulation", "unit.homes", 1),
					new QuantityField("floorInsulation", "unit.homes", 1),
					new QuantityField("solarPanels", "unit.panels", 40)),
			List.of(new ImpactMeasure("gasSaved", "unit.m3GasYear",
							List.of(CAVITY_WALL_GAS, ROOF_INSULATION_GAS, FLOOR_INSULATION_GAS), ActionTemplate::insulationGas),
					new ImpactMeasure("electricityGenerated", "unit.kwhYear", List.of(SOLAR_PANEL),
							(t, p) -> t.of("solarPanels") * p.solarPanelKwh()),
					new ImpactMeasure("co2Saved", "unit.kgCo2Year",
							List.of(CAVITY_WALL_GAS, ROOF_INSULATION_GAS, FLOOR_INSULATION_GAS, GAS_CO2, SOLAR_PANEL,
									ELECTRICITY_CO2),
							(t, p) -> insulationGas(t, p) * p.gasCo2Kg()
									+ t.of("solarPanels") * p.solarPanelKwh() * p.electricityCo2Kg()))),

	ENERGY_SAVING_PACKAGE(ContactNeed.EMAIL_AND_ADDRESS, List.of("ENERGY"),
			List.of(new QuantityField("packages", "unit.packages", 1)),
			List.of(new ImpactMeasure("gasSaved", "unit.m3GasYear", List.of(PACKAGE_GAS),
							(t, p) -> t.of("packages") * p.packageGasM3()),
					new ImpactMeasure("co2Saved", "unit.kgCo2Year",
							List.of(PACKAGE_GAS, GAS_CO2, PACKAGE_ELECTRICITY, ELECTRICITY_CO2),
							(t, p) -> t.of("packages") * (p.packageGasM3() * p.gasCo2Kg()
									+ p.packageElectricityKwh() * p.electricityCo2Kg())))),

	/**
	 * A street meal (straatmaaltijd): households put tables together in the street and eat with the neighbours, as
	 * Mijn buurtje and Eén tegen eenzaamheid suggest for getting to know each other. See {@link #tableContacts}.
	 */
	STREET_MEAL(ContactNeed.NONE, List.of("SOCIAL_COHESION", "HEALTH"),
			List.of(new QuantityField("people", "unit.people", 12), new QuantityField("dishes", "unit.dishes", 6)),
			List.of(new ImpactMeasure("contactsAtTable", "unit.contacts", List.of(TABLE_CONTACTS),
					ActionTemplate::tableContacts))),

	/**
	 * A visiting round (bezoekronde): neighbours call on neighbours, older and lonely ones first, as Eén tegen
	 * eenzaamheid's week against loneliness suggests. Each visit is one contact between two households.
	 */
	VISITING_ROUND(ContactNeed.NONE, List.of("SOCIAL_COHESION", "HEALTH"),
			List.of(new QuantityField("visits", "unit.visits", 40), new QuantityField("visitors", "unit.people", 4)),
			List.of(new ImpactMeasure("contactsOnVisits", "unit.contacts", List.of(), (t, p) -> t.of("visits"))));

	private final ContactNeed contact;
	private final List<String> defaultThemes;
	private final List<QuantityField> fields;
	private final List<ImpactMeasure> impacts;

	ActionTemplate(ContactNeed contact, List<String> defaultThemes, List<QuantityField> fields,
			List<ImpactMeasure> impacts) {
		this.contact = contact;
		this.defaultThemes = defaultThemes;
		this.fields = fields;
		this.impacts = impacts;
	}

	public ContactNeed contact() {
		return contact;
	}

	/** Theme codes an action of this kind is tagged with when the organiser names none. */
	public List<String> defaultThemes() {
		return defaultThemes;
	}

	public List<QuantityField> fields() {
		return fields;
	}

	public Optional<QuantityField> field(String key) {
		return fields.stream().filter(f -> f.key().equals(key)).findFirst();
	}

	public List<ImpactMeasure> impacts() {
		return impacts;
	}

	/** The field the leaderboard ranks by besides households: the first one declared. */
	public QuantityField mainField() {
		return fields.get(0);
	}

	public String messageKey() {
		return "template." + name();
	}

	public static Optional<ActionTemplate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** m² no longer paved: the m² given plus the tiles given, at {@code tilesPerSquareMetre}. */
	private static double unpavedArea(Totals totals, ImpactParameters parameters) {
		return totals.of("squareMetres") + totals.of("tiles") / parameters.tilesPerSquareMetre();
	}

	/**
	 * Contacts made at a street meal: with P people at the tables (the sum of {@code people}, P ≥ 0) and k the
	 * neighbours one person talks to at a long table ({@code tableContacts}), P × min(k, P − 1) for P ≥ 1, and 0
	 * for P = 0. A contact is one person getting to know one other person, counted from each side (two people
	 * talking make two contacts); nobody makes a contact alone, and nobody talks to more than P − 1 others.
	 */
	static double tableContacts(Totals totals, ImpactParameters parameters) {
		long people = totals.of("people");
		if (people < 1) {
			return 0;
		}
		return people * Math.min(parameters.tableContacts(), people - 1);
	}

	private static double insulationGas(Totals totals, ImpactParameters parameters) {
		return totals.of("cavityWall") * parameters.cavityWallGasM3()
				+ totals.of("roofInsulation") * parameters.roofInsulationGasM3()
				+ totals.of("floorInsulation") * parameters.floorInsulationGasM3();
	}
}
