package nl.wijkatelier.atelier;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijkatelier.shared.ThemeCode;

/**
 * Suggests the default themes a Dutch (or English) text is about, from word stems per theme. A stem matches at
 * the start of a word, which also catches Dutch compounds that start with it ("regenpijp" matches "regen") but
 * not words that merely contain it ("bewegen" does not match "weg"); the participant confirms or changes the
 * suggestion. Themes a programme added itself get no suggestions.
 */
public final class ThemeSuggestions {

	private static final Map<ThemeCode, List<String>> STEMS = new LinkedHashMap<>();

	static {
		STEMS.put(ThemeCode.ENERGY, List.of("energie", "gas", "warmte", "isol", "zonnepan", "zonnedak", "warmtepomp",
				"warmtenet", "stroom", "elektri", "verduurza", "co2", "kilowatt", "kwh", "spouw", "dubbel glas",
				"energy", "insulat", "solar", "heat pump"));
		STEMS.put(ThemeCode.GREENERY, List.of("groen", "boom", "bomen", "tuin", "gevelt", "plant", "tegel", "park",
				"steenbreek", "vergroen", "green", "tree", "garden"));
		STEMS.put(ThemeCode.BIODIVERSITY, List.of("biodivers", "bijen", "vlinder", "insect", "vogel",
				"nestkast", "zaai", "bloem", "egel", "natuur", "bees", "butterfl", "bird", "wildflower"));
		STEMS.put(ThemeCode.CLIMATE_ADAPTATION, List.of("regen", "water", "hitte", "droogte", "klimaatadapt",
				"overstrom", "wateroverlast", "riool", "afkoppel", "loskoppel", "regenton", "koelte", "wadi", "infiltr", "rain", "flood",
				"drought", "heat stress", "sewer"));
		STEMS.put(ThemeCode.SOCIAL_COHESION, List.of("buren", "buurtgenot", "samen", "ontmoet", "contact",
				"eenzaam", "buurthuis", "samenhang", "gemeenschap", "vrijwillig", "neighbour", "together", "lonel",
				"community"));
		STEMS.put(ThemeCode.EMPLOYMENT, List.of("werk", "baan", "banen", "werkgelegen", "leerling", "stage",
				"ondernem", "vakman", "vaklieden", "installateur", "job", "employ", "apprentic"));
		STEMS.put(ThemeCode.INFRASTRUCTURE, List.of("straat", "weg", "wegen", "riolering", "kabel", "leiding",
				"stroomnet", "netbeheer", "fiets", "parkeer", "laadpa", "bestrating", "street", "road", "grid",
				"cycle", "parking"));
		STEMS.put(ThemeCode.SAFETY, List.of("veilig", "verlicht", "inbraak", "verkeersveil", "criminal", "oversteek",
				"safe", "lighting", "burglar"));
		STEMS.put(ThemeCode.HEALTH, List.of("gezond", "zorg", "bewegen", "sport", "luchtkwal", "fijnstof", "geluid",
				"spelen", "speeltuin", "health", "air quality", "noise", "play"));
	}

	private ThemeSuggestions() {
	}

	/** The default themes whose stems occur in the text, most matches first; empty for a blank text. */
	public static List<ThemeCode> suggest(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String normalised = " " + Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9 ]", " ") + " ";
		Map<ThemeCode, Integer> hits = new LinkedHashMap<>();
		STEMS.forEach((code, stems) -> {
			int count = 0;
			for (String stem : stems) {
				int from = 0;
				while ((from = normalised.indexOf(" " + stem, from)) >= 0) {
					count++;
					from += stem.length();
				}
			}
			if (count > 0) {
				hits.put(code, count);
			}
		});
		return hits.entrySet().stream().sorted(Map.Entry.<ThemeCode, Integer>comparingByValue().reversed())
				.map(Map.Entry::getKey).toList();
	}
}
