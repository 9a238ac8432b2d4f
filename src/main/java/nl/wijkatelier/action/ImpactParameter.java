package nl.wijkatelier.action;

import java.util.function.ToDoubleFunction;

/**
 * A parameter of the impact estimates as shown to people: its value (from {@link ImpactParameters}), its unit
 * and its source (message keys {@code impact.param.<name>} and {@code impact.param.<name>.source}).
 */
public enum ImpactParameter {
	RAINFALL("unit.litresPerSquareMetreYear", ImpactParameters::rainfallLitresPerSquareMetre),
	TILES_PER_M2("unit.tilesPerSquareMetre", ImpactParameters::tilesPerSquareMetre),
	ROOF_RUNOFF("unit.share", ImpactParameters::roofRunoffCoefficient),
	CAVITY_WALL_GAS("unit.m3GasYear", ImpactParameters::cavityWallGasM3),
	ROOF_INSULATION_GAS("unit.m3GasYear", ImpactParameters::roofInsulationGasM3),
	FLOOR_INSULATION_GAS("unit.m3GasYear", ImpactParameters::floorInsulationGasM3),
	PACKAGE_GAS("unit.m3GasYear", ImpactParameters::packageGasM3),
	PACKAGE_ELECTRICITY("unit.kwhYear", ImpactParameters::packageElectricityKwh),
	SOLAR_PANEL("unit.kwhYear", ImpactParameters::solarPanelKwh),
	GAS_CO2("unit.kgCo2PerM3", ImpactParameters::gasCo2Kg),
	ELECTRICITY_CO2("unit.kgCo2PerKwh", ImpactParameters::electricityCo2Kg),
	TABLE_CONTACTS("unit.contactsPerPerson", ImpactParameters::tableContacts);

	private final String unitKey;
	private final ToDoubleFunction<ImpactParameters> value;

	ImpactParameter(String unitKey, ToDoubleFunction<ImpactParameters> value) {
		this.unitKey = unitKey;
		this.value = value;
	}

	public String unitKey() {
		return unitKey;
	}

	public double value(ImpactParameters parameters) {
		return value.applyAsDouble(parameters);
	}

	public String messageKey() {
		return "impact.param." + name();
	}

	public String sourceKey() {
		return "impact.param." + name() + ".source";
	}
}
