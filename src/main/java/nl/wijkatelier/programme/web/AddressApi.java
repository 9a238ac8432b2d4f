package nl.wijkatelier.programme.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wijkatelier.programme.Address;
import nl.wijkatelier.programme.AddressLookup;
import nl.wijkatelier.programme.AddressQuery;

/** Looking up an address by postcode and house number in PDOK's Locatieserver, for forms that ask for one. */
@RestController
@RequestMapping("/api/v1/addresses")
@Tag(name = "Programme", description = "Programmes, neighbourhoods, parties and integral themes")
class AddressApi {

	private final AddressLookup lookup;
	private final MessageSource messages;

	AddressApi(AddressLookup lookup, MessageSource messages) {
		this.lookup = lookup;
		this.messages = messages;
	}

	/**
	 * @param houseNumber with house letter and addition as the BAG has them ({@code 12A-1})
	 * @param districtCode the CBS wijk code, or null when PDOK gave none
	 * @param neighbourhoodCode the CBS buurt code, or null when PDOK gave none
	 * @param rd x and y in RD New (EPSG:28992), metres
	 * @param wgs84 longitude and latitude (WGS84), degrees
	 */
	record AddressJson(String street, int houseNumber, String houseLetter, String houseNumberAddition,
			String fullHouseNumber, String postcode, String place, String municipalityCode, String municipality,
			String districtCode, String neighbourhoodCode, double[] rd, double[] wgs84, String source) {

		static AddressJson of(Address a) {
			return new AddressJson(a.street(), a.houseNumber(), a.houseLetter(), a.addition(), a.fullHouseNumber(),
					a.displayPostcode(), a.place(), a.municipalityCode(), a.municipality(),
					a.districtCode().orElse(null), a.neighbourhoodCode().orElse(null),
					new double[] { a.rd().x(), a.rd().y() }, new double[] { a.wgs84().x(), a.wgs84().y() },
					"PDOK Locatieserver (BAG)");
		}
	}

	@GetMapping
	@Operation(summary = "Look up an address by postcode and house number in the BAG, through PDOK's Locatieserver: "
			+ "street, place, municipality, CBS wijk and buurt codes and the point (RD New and WGS84). For filling in a "
			+ "sign-up or a task's location; the forms work without it. Limited per client address "
			+ "(wijkatelier.limits.address-lookups-per-minute)")
	@ApiResponse(responseCode = "200", description = "The address")
	@ApiResponse(responseCode = "404", description = "The BAG has no address with this postcode and house number")
	@ApiResponse(responseCode = "429", description = "Too many lookups from this client; see Retry-After (seconds)")
	@ApiResponse(responseCode = "503", description = "The lookup is switched off on this server, or PDOK did not "
			+ "answer (in time); type the address instead")
	ResponseEntity<?> find(
			@Parameter(description = "Dutch postcode, 1234 AB (space and case do not matter)", example = "6512 BK")
			@RequestParam(required = false) String postcode,
			@Parameter(description = "House number with optional letter and addition: 12, 12A, 12-1", example = "1")
			@RequestParam(required = false) String houseNumber,
			HttpServletRequest request, Locale locale) {
		AddressQuery query = AddressQuery.parse(postcode, houseNumber);
		AddressLookup.Result result = lookup.find(query, request.getRemoteAddr());
		if (result instanceof AddressLookup.Found found) {
			return ResponseEntity.ok(AddressJson.of(found.address()));
		}
		if (result instanceof AddressLookup.NotFound) {
			return problem(HttpStatus.NOT_FOUND, "address.lookup.notFound.title", messages.getMessage(
					"address.lookup.notFound", new Object[] { query.displayPostcode(), houseNumber.strip() }, locale),
					locale);
		}
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "address.lookup.unavailable.title", messages.getMessage(
				lookup.enabled() ? "address.lookup.unavailable" : "address.lookup.disabled", null, locale), locale);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage(titleKey, null, locale));
		problem.setDetail(detail);
		return ResponseEntity.status(status).body(problem);
	}
}
