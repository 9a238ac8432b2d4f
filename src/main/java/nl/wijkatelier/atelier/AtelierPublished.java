package nl.wijkatelier.atelier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;

/**
 * An atelier's feedback report was published: the knowledge base takes its tips, links and the report itself.
 *
 * @param neighbourhood empty for a programme-wide knowledge atelier
 * @param tips the report's tips and the participants' visible answers to question 4
 * @param tipRoles per tip, in the same order, the party type of the participant who gave it; empty for the
 *        report's own tips
 * @param reportPath the path of the report's web page, e.g. {@code /ateliers/{id}/report}
 * @param example whether the atelier was invented for the demo
 */
public record AtelierPublished(AtelierId atelier, ProgrammeId programme, Optional<NeighbourhoodId> neighbourhood,
		String title, LocalDate heldOn, List<ThemeCode> themes, List<String> tips,
		List<Optional<PartyType>> tipRoles, List<String> links, String reportPath, boolean example) {

	public AtelierPublished {
		themes = List.copyOf(themes);
		tips = List.copyOf(tips);
		tipRoles = List.copyOf(tipRoles);
		links = List.copyOf(links);
		if (tipRoles.size() != tips.size()) {
			throw new IllegalArgumentException("one role (or none) per tip");
		}
	}
}
