package nl.wijkatelier.atelier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;

/**
 * An atelier's feedback report was published: the knowledge base takes its tips, links and the report itself,
 * with everything the report says, so that what the atelier learned can be found.
 *
 * @param neighbourhood empty for a programme-wide knowledge atelier
 * @param tips the report's tips and the participants' visible answers to question 4
 * @param tipRoles per tip, in the same order, the party type of the participant who gave it; empty for the
 *        report's own tips
 * @param reportPath the path of the report's web page, e.g. {@code /ateliers/{id}/report}
 * @param example whether the atelier was invented for the demo
 * @param says the rest of what the report says, beside its title and tips
 */
public record AtelierPublished(AtelierId atelier, ProgrammeId programme, Optional<NeighbourhoodId> neighbourhood,
		String title, LocalDate heldOn, List<ThemeCode> themes, List<String> tips,
		List<Optional<PartyType>> tipRoles, List<String> links, String reportPath, boolean example, Says says)
		implements PublicPageChange {

	/**
	 * What a report says in words. Everything is the atelier's visible contributions (not hidden, not merged into
	 * another) and the facilitator's own texts, as written.
	 *
	 * @param topic the atelier's theme in words, as the report names it
	 * @param insights the facilitator's insights, one paragraph per entry (the report's summary)
	 * @param understandings the answers to question 1 (what integral means)
	 * @param question2 the answers to question 2 per kind: opportunities, challenges and tough questions
	 * @param approaches the answers to question 3 per party type of who gave them
	 */
	public record Says(Optional<String> topic, List<String> insights, List<String> understandings,
			Map<ContributionKind, List<String>> question2, Map<PartyType, List<String>> approaches) {

		public Says {
			insights = List.copyOf(insights);
			understandings = List.copyOf(understandings);
			question2 = Map.copyOf(question2);
			approaches = Map.copyOf(approaches);
		}

		/** Every text in one list: topic, insights, question 1, question 2 per kind, question 3 per party type. */
		public List<String> texts() {
			List<String> all = new ArrayList<>();
			topic.ifPresent(all::add);
			all.addAll(insights);
			all.addAll(understandings);
			for (ContributionKind kind : ContributionKind.values()) {
				all.addAll(question2.getOrDefault(kind, List.of()));
			}
			for (PartyType type : PartyType.values()) {
				all.addAll(approaches.getOrDefault(type, List.of()));
			}
			return all;
		}
	}

	public AtelierPublished {
		themes = List.copyOf(themes);
		tips = List.copyOf(tips);
		tipRoles = List.copyOf(tipRoles);
		links = List.copyOf(links);
		if (says == null) {
			throw new IllegalArgumentException("what the report says, empty lists when it says nothing");
		}
		if (tipRoles.size() != tips.size()) {
			throw new IllegalArgumentException("one role (or none) per tip");
		}
	}
}
