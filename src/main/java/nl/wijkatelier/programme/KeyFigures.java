package nl.wijkatelier.programme;

import java.util.OptionalLong;

import nl.wijkatelier.shared.CbsCode;

/**
 * CBS key figures of one region (table 85984NED, 2024). Areas are in hectares, density in inhabitants per km².
 * A figure CBS withheld (privacy or too small) is empty.
 */
public record KeyFigures(CbsCode code, OptionalLong inhabitants, OptionalLong men, OptionalLong women,
		OptionalLong density, OptionalLong homes, OptionalLong areaTotalHa, OptionalLong areaLandHa,
		OptionalLong areaWaterHa) {

	public static final String SOURCE = "CBS, Kerncijfers wijken en buurten 2024 (tabel 85984NED), CC BY 4.0";
}
