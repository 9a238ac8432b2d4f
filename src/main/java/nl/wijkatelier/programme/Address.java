package nl.wijkatelier.programme;

import java.util.Optional;

/**
 * An address as the BAG knows it, from PDOK's Locatieserver.
 *
 * @param street the street name ({@code straatnaam})
 * @param houseNumber 1 to 99999
 * @param houseLetter one letter, empty when there is none
 * @param addition the house number addition ({@code huisnummertoevoeging}), empty when there is none
 * @param postcode without space, {@code 1234AB}
 * @param place the town or village ({@code woonplaatsnaam})
 * @param municipalityCode the CBS municipality code with prefix, {@code GM0268}
 * @param municipality the municipality's name
 * @param districtCode the CBS wijk code ({@code WK026802}), when PDOK gives one
 * @param neighbourhoodCode the CBS buurt code ({@code BU02680202}), when PDOK gives one
 * @param rd the address's point in RD New (EPSG:28992), metres
 * @param wgs84 the same point in WGS84, degrees
 */
public record Address(String street, int houseNumber, String houseLetter, String addition, String postcode,
		String place, String municipalityCode, String municipality, Optional<String> districtCode,
		Optional<String> neighbourhoodCode, Point rd, Point wgs84) {

	/** A point: x and y in RD New (metres), or longitude and latitude in WGS84 (degrees). */
	public record Point(double x, double y) {
	}

	/** The house number as written: {@code 12}, {@code 12A}, {@code 12-1}, {@code 12A-1}. */
	public String fullHouseNumber() {
		return houseNumber + houseLetter + (addition.isEmpty() ? "" : "-" + addition);
	}

	/** The postcode as it is written on letters: {@code 1234 AB}. */
	public String displayPostcode() {
		return postcode.length() == 6 ? postcode.substring(0, 4) + " " + postcode.substring(4) : postcode;
	}

	/** One line: {@code Arend Noorduijnstraat 1, 6512 BK Nijmegen}. */
	public String oneLine() {
		return street + " " + fullHouseNumber() + ", " + displayPostcode() + " " + place;
	}

	/** The point as a GeoJSON geometry in WGS84, as task geometries are typed. */
	public String pointGeoJson() {
		return "{\"type\": \"Point\", \"coordinates\": [" + wgs84.x() + ", " + wgs84.y() + "]}";
	}
}
