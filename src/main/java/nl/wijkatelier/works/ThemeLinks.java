package nl.wijkatelier.works;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The co-benefit links between themes (greenery → biodiversity ...), from theme code to the codes it helps.
 * The web application passes the programme's own links; {@link #DEFAULTS} are the programme module's default
 * links (seed report: "een groenere wijk levert biodiversiteit op, winst voor klimaatadaptatie, koelte,
 * wateropvang"), for the command line, which has no programme.
 */
public record ThemeLinks(Map<String, Set<String>> links) {

	public static final ThemeLinks DEFAULTS = new ThemeLinks(Map.of(
			"GREENERY", Set.of("BIODIVERSITY", "CLIMATE_ADAPTATION", "HEALTH", "SOCIAL_COHESION"),
			"CLIMATE_ADAPTATION", Set.of("HEALTH", "SAFETY", "GREENERY"),
			"ENERGY", Set.of("EMPLOYMENT", "HEALTH"),
			"SOCIAL_COHESION", Set.of("SAFETY", "HEALTH"),
			"INFRASTRUCTURE", Set.of("CLIMATE_ADAPTATION", "SAFETY", "ENERGY"),
			"BIODIVERSITY", Set.of("HEALTH"),
			"EMPLOYMENT", Set.of("SOCIAL_COHESION")));

	public ThemeLinks {
		links = Map.copyOf(links);
	}

	public boolean linked(String from, String to) {
		return links.getOrDefault(from, Set.of()).contains(to);
	}

	public List<String> from(String theme) {
		return links.getOrDefault(theme, Set.of()).stream().sorted().toList();
	}
}
