package nl.wijkatelier.atelier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * What a facilitator fills in to create an atelier.
 *
 * @param neighbourhood empty for a programme-wide knowledge atelier (admins only)
 * @param date empty when not given; it is required
 * @param topic the theme in words (optional)
 * @param questions up to four texts; a blank or missing one keeps the seed's question
 * @param links inspiration links shown in the report
 */
public record AtelierDraft(Optional<NeighbourhoodId> neighbourhood, String title, Optional<LocalDate> date, String topic,
		List<String> themes, List<Speaker> speakers, List<String> questions, List<String> links) {

	public AtelierDraft {
		themes = themes == null ? List.of() : List.copyOf(themes);
		speakers = speakers == null ? List.of() : List.copyOf(speakers);
		questions = questions == null ? List.of() : questions.stream().map(q -> q == null ? "" : q).toList();
		links = links == null ? List.of() : links.stream().filter(l -> l != null && !l.isBlank()).map(String::trim).toList();
	}
}
