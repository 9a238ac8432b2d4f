package nl.wijkatelier.knowledge;

import java.util.List;
import java.util.Optional;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ThemeCode;

/**
 * What the search index holds of one knowledge item.
 *
 * @param key unique per item, e.g. {@code resource:<uuid>}; adding a document with the same key replaces it
 * @param type {@code resource}, {@code tip}, {@code report} or {@code neighbourhood}
 * @param kind the resource kind, or the type for items without one
 * @param neighbourhood where the item comes from, when it comes from one neighbourhood
 */
public record SearchDocument(String key, String type, String title, String body, String url, List<ThemeCode> themes,
		String kind, Optional<NeighbourhoodId> neighbourhood) {

	public SearchDocument {
		themes = themes == null ? List.of() : List.copyOf(themes);
		body = body == null ? "" : body;
		neighbourhood = neighbourhood == null ? Optional.empty() : neighbourhood;
	}
}
