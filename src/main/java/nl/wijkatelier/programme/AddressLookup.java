package nl.wijkatelier.programme;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.platform.RateLimitProperties;
import nl.wijkatelier.platform.RateLimitedException;
import nl.wijkatelier.platform.RateLimiter;

/**
 * Looks up a postcode and house number in PDOK's Locatieserver (the BAG's addresses), with one request to its
 * {@code free} endpoint: {@code free?q=postcode:1234AB and huisnummer:12&fq=type:adres&fl=...&rows=50}, answered
 * with a Solr document list ({@code response.docs}); of the addresses with that number, the one with the asked house
 * letter and addition is chosen. Nothing needs the lookup: with PDOK switched off, unreachable or slow the answer is
 * {@link Unavailable} and people type their address themselves.
 * <p>
 * Answers (found and not found) are kept for {@code wijkatelier.pdok.address-cache} in this instance's memory. That
 * cache is harmless per instance: it holds public BAG data, never who asked, and an instance that does not have an
 * answer asks PDOK itself. Failures are not kept, so PDOK is asked again as soon as it is back.
 */
@Service
public class AddressLookup {

	private static final Logger log = LoggerFactory.getLogger(AddressLookup.class);
	private static final Pattern POINT = Pattern.compile("POINT\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");
	private static final String FIELDS = "id weergavenaam straatnaam huisnummer huisletter huisnummertoevoeging "
			+ "postcode woonplaatsnaam gemeentecode gemeentenaam wijkcode buurtcode centroide_ll centroide_rd";
	/** More than any one house number has letters and additions in the BAG (a large flat block: dozens). */
	private static final int ROWS = 50;
	/** The most answers kept; at about 1 kB each, a few MB at most. */
	private static final int CACHE_SIZE = 2_000;
	private static final Duration LIMIT_WINDOW = Duration.ofMinutes(1);

	/** What PDOK said about a postcode and house number. */
	public sealed interface Result {
	}

	public record Found(Address address) implements Result {
	}

	/** PDOK answered and has no such address. */
	public record NotFound(AddressQuery query) implements Result {
	}

	/** PDOK is switched off, could not be reached, answered with an error or took too long; {@code reason} for the log. */
	public record Unavailable(String reason) implements Result {
	}

	private record Kept(Result result, Instant until) {
	}

	private final PdokProperties properties;
	private final RateLimiter limiter;
	private final RateLimitProperties limits;
	private final PdokClient pdok;
	private final Clock clock = Clock.systemUTC();
	private final Map<String, Kept> cache = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
			return size() > CACHE_SIZE;
		}
	};

	AddressLookup(PdokProperties properties, RateLimiter limiter, RateLimitProperties limits) {
		this.properties = properties;
		this.limiter = limiter;
		this.limits = limits;
		this.pdok = new PdokClient(properties.timeout());
	}

	/** Whether the server asks PDOK at all ({@code wijkatelier.pdok.enabled}). */
	public boolean enabled() {
		return properties.enabled();
	}

	/**
	 * Looks up an address for a client, counted against {@code wijkatelier.limits.address-lookups-per-minute} per
	 * client address (on every instance together, {@link RateLimiter}); with PDOK switched off nothing is counted.
	 *
	 * @throws RateLimitedException when the client asked too often
	 */
	public Result find(AddressQuery query, String clientAddress) {
		if (!properties.enabled()) {
			return new Unavailable("disabled");
		}
		RateLimiter.Decision decision = limiter.hit("address-lookup", clientAddress == null ? "" : clientAddress,
				limits.addressLookupsPerMinute(), LIMIT_WINDOW);
		if (!decision.allowed()) {
			throw new RateLimitedException("error.address.rateLimited", decision.retryAfterSeconds());
		}
		return find(query);
	}

	/** Looks up an address, from this instance's cache when it was asked recently. */
	public Result find(AddressQuery query) {
		if (!properties.enabled()) {
			return new Unavailable("disabled");
		}
		Instant now = clock.instant();
		synchronized (cache) {
			Kept kept = cache.get(query.key());
			if (kept != null && kept.until().isAfter(now)) {
				return kept.result();
			}
		}
		Result result = ask(query);
		if (!(result instanceof Unavailable) && !properties.addressCache().isZero() && !properties.addressCache().isNegative()) {
			synchronized (cache) {
				cache.put(query.key(), new Kept(result, now.plus(properties.addressCache())));
			}
		}
		return result;
	}

	private Result ask(AddressQuery query) {
		JsonNode answer;
		try {
			answer = get(query);
		}
		catch (PdokClient.PdokUnavailable ex) {
			log.warn("PDOK address lookup failed: {}", ex.getMessage());
			return new Unavailable(ex.getMessage());
		}
		JsonNode docs = answer.path("response").path("docs");
		if (!docs.isArray()) {
			return new Unavailable("answer without response.docs");
		}
		for (JsonNode doc : docs) {
			if (query.postcode().equals(text(doc, "postcode"))
					&& query.matches(doc.path("huisnummer").asInt(-1), text(doc, "huisletter"),
							text(doc, "huisnummertoevoeging"))) {
				Optional<Address> address = address(doc);
				if (address.isEmpty()) {
					return new Unavailable("unusable address document " + text(doc, "id"));
				}
				return new Found(address.get());
			}
		}
		return new NotFound(query);
	}

	private static Optional<Address> address(JsonNode doc) {
		Optional<Address.Point> rd = point(text(doc, "centroide_rd"));
		Optional<Address.Point> wgs84 = point(text(doc, "centroide_ll"));
		String municipality = text(doc, "gemeentecode");
		if (rd.isEmpty() || wgs84.isEmpty() || text(doc, "straatnaam").isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Address(text(doc, "straatnaam"), doc.path("huisnummer").asInt(),
				text(doc, "huisletter"), text(doc, "huisnummertoevoeging"), text(doc, "postcode"),
				text(doc, "woonplaatsnaam"), municipality.isEmpty() ? "" : "GM" + municipality,
				text(doc, "gemeentenaam"), optional(text(doc, "wijkcode")), optional(text(doc, "buurtcode")), rd.get(),
				wgs84.get()));
	}

	/** A WKT point as the Locatieserver gives it: {@code POINT(5.85351525 51.84092097)}. */
	static Optional<Address.Point> point(String wkt) {
		Matcher m = POINT.matcher(wkt);
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Address.Point(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String text(JsonNode doc, String field) {
		JsonNode value = doc.path(field);
		return value.isString() || value.isNumber() ? value.asString().trim() : "";
	}

	private static Optional<String> optional(String text) {
		return text.isEmpty() ? Optional.empty() : Optional.of(text);
	}

	private JsonNode get(AddressQuery query) {
		String base = properties.locatieserverUrl().toString().replaceAll("/+$", "");
		URI uri = URI.create(base + "/free?q=" + encode("postcode:" + query.postcode() + " and huisnummer:" + query.number())
				+ "&fq=" + encode("type:adres") + "&fl=" + encode(FIELDS) + "&rows=" + ROWS);
		return pdok.get(uri, "application/json");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
