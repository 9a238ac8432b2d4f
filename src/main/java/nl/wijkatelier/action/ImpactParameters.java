package nl.wijkatelier.action;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The figures the impact estimates use, set under {@code wijkatelier.action.impact} (defaults in
 * application.yml). Each is shown on the action page with its source (message key
 * {@code impact.param.<name>.source}); change a figure here, never in code.
 *
 * @param rainfallLitresPerSquareMetre average yearly precipitation in the Netherlands, litres per m² (= mm);
 *        KNMI climate normal 1991–2020: about 850 mm, commonly rounded to 800
 * @param tilesPerSquareMetre common 30×30 cm pavement tiles per m² (0.09 m² each ≈ 11 per m², NK Tegelwippen)
 * @param roofRunoffCoefficient share of the rain on a roof that reaches the rain pipe, in (0, 1]; Stichting
 *        RIONED uses about 0.9 for pitched and flat roofs in sewer calculations
 * @param cavityWallGasM3 natural gas saved per year by cavity-wall insulation, m³; Milieu Centraal
 *        (Verbeterjehuis), indicative figure for a terraced house built 1930–1975
 * @param roofInsulationGasM3 natural gas saved per year by roof insulation, m³; Milieu Centraal, as above
 * @param floorInsulationGasM3 natural gas saved per year by floor insulation, m³; Milieu Centraal, as above
 * @param packageGasM3 natural gas saved per year by an energy-saving package (radiator foil, draught strips,
 *        water-saving shower head), m³; indicative, Milieu Centraal's small-measure savings added up
 * @param packageElectricityKwh electricity saved per year by such a package (LED lamps), kWh; as above
 * @param solarPanelKwh electricity a solar panel yields per year in the Netherlands, kWh; Milieu Centraal,
 *        about 340 kWh for a panel of about 400 Wp
 * @param gasCo2Kg CO₂ per m³ of natural gas burnt, kg; CO2emissiefactoren.nl, about 1.78
 * @param electricityCo2Kg CO₂ per kWh of grid electricity avoided, kg; CO2emissiefactoren.nl grey
 *        electricity, about 0.33 (falls year by year as the grid gets cleaner)
 * @param tableContacts the people one guest at a street meal gets to talk to: at a long table the neighbours to
 *        the left and right and the two opposite, so 4; an assumption of the platform (how a long table seats
 *        people), not a measurement; Mijn buurtje and Eén tegen eenzaamheid describe the street meal itself
 */
@ConfigurationProperties("wijkatelier.action.impact")
public record ImpactParameters(double rainfallLitresPerSquareMetre, double tilesPerSquareMetre,
		double roofRunoffCoefficient, double cavityWallGasM3, double roofInsulationGasM3, double floorInsulationGasM3,
		double packageGasM3, double packageElectricityKwh, double solarPanelKwh, double gasCo2Kg,
		double electricityCo2Kg, double tableContacts) {

	public ImpactParameters {
		positive("rainfallLitresPerSquareMetre", rainfallLitresPerSquareMetre);
		positive("tilesPerSquareMetre", tilesPerSquareMetre);
		positive("roofRunoffCoefficient", roofRunoffCoefficient);
		if (roofRunoffCoefficient > 1) {
			throw new IllegalArgumentException("roofRunoffCoefficient must be at most 1");
		}
		positive("cavityWallGasM3", cavityWallGasM3);
		positive("roofInsulationGasM3", roofInsulationGasM3);
		positive("floorInsulationGasM3", floorInsulationGasM3);
		positive("packageGasM3", packageGasM3);
		positive("packageElectricityKwh", packageElectricityKwh);
		positive("solarPanelKwh", solarPanelKwh);
		positive("gasCo2Kg", gasCo2Kg);
		positive("electricityCo2Kg", electricityCo2Kg);
		positive("tableContacts", tableContacts);
	}

	/** The figures given as defaults in application.yml, for tests without Spring. */
	public static ImpactParameters defaults() {
		return new ImpactParameters(800, 11, 0.9, 300, 250, 100, 50, 75, 340, 1.78, 0.33, 4);
	}

	private static void positive(String name, double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("wijkatelier.action.impact." + name + " must be a positive number");
		}
	}
}
