package nl.wijkatelier.atelier.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatelier.atelier.Atelier;
import nl.wijkatelier.atelier.Contribution;
import nl.wijkatelier.atelier.ContributionKind;
import nl.wijkatelier.atelier.JointPicture;
import nl.wijkatelier.atelier.Speaker;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ThemeCode;

/** The JSON shapes of the atelier API. Absent values are {@code null} in JSON, never missing fields. */
final class AtelierJson {

	private AtelierJson() {
	}

	record Create(String neighbourhoodId, String title, LocalDate date, String topic, List<String> themes,
			List<Speaker> speakers, List<String> questions, List<String> links) {
	}

	record Created(String id, String joinCode) {
	}

	record Publish(String insights) {
	}

	record Join(String displayName, String partyType, Boolean anonymous) {
	}

	record Joined(String participantToken, String participantId, String atelierId) {
	}

	record NewContribution(Integer question, String text, String kind, List<String> themes) {
	}

	record Merge(String into) {
	}

	record AtelierView(String id, String programmeId, String neighbourhoodId, String title, LocalDate date,
			String topic, List<String> themes, List<Speaker> speakers, List<String> questions, String state,
			String joinCode, Integer reportedParticipants, List<String> insights, List<String> tips,
			List<String> links, boolean example, String reportUrl) {

		/** The join code only for those who run the atelier or while it is open. */
		static AtelierView of(Atelier a, boolean facilitator) {
			return new AtelierView(a.id().toString(), a.programmeId().toString(),
					a.neighbourhoodId().map(NeighbourhoodId::toString).orElse(null), a.title(), a.heldOn(),
					a.topic().orElse(null), codes(a.themes()), a.speakers(), a.questions(), a.state().name(),
					facilitator || a.isOpen() ? a.joinCode() : null, a.reportedParticipants().orElse(null),
					a.insights(), a.tips(), a.links(), a.example(), "/ateliers/" + a.id() + "/report");
		}
	}

	record ContributionView(String id, int question, String kind, String text, List<String> themes, boolean hidden,
			String mergedInto) {
		static ContributionView of(Contribution c) {
			return new ContributionView(c.id().toString(), c.question(), c.kind().map(Enum::name).orElse(null),
					c.text(), codes(c.themes()), c.hidden(), c.mergedInto().map(Object::toString).orElse(null));
		}
	}

	record Item(String id, int question, String kind, String text, List<String> themes, String partyType,
			String author, int support) {
		static Item of(JointPicture.Item i) {
			return new Item(i.id().toString(), i.question(), i.kind().map(Enum::name).orElse(null), i.text(),
					codes(i.themes()), i.partyType().name(), i.author().orElse(null), i.support());
		}
	}

	record ThemeFigure(String code, double mean, double spread, Map<String, Double> byPartyType) {
	}

	record Divergence(String theme, String high, double highMean, String low, double lowMean, double difference) {
		static Divergence of(JointPicture.Divergence d) {
			return new Divergence(d.theme().value(), d.high().name(), round(d.highMean()), d.low().name(),
					round(d.lowMean()), round(d.difference()));
		}
	}

	record Picture(int participantCount, int contributionCount, int weighers, List<ThemeFigure> themes,
			double divergenceThreshold, List<Divergence> divergences, List<Divergence> residentsVersusMunicipality,
			Map<String, List<Item>> top,
			List<Item> understandings, Map<String, List<Item>> approaches, List<Item> tips) {

		static Picture of(JointPicture p) {
			Map<String, List<Item>> top = new LinkedHashMap<>();
			for (ContributionKind kind : ContributionKind.values()) {
				top.put(kind.name(), p.top().getOrDefault(kind, List.of()).stream().map(Item::of).toList());
			}
			Map<String, List<Item>> approaches = new LinkedHashMap<>();
			p.approaches().entrySet().stream().sorted(Map.Entry.comparingByKey())
					.forEach(e -> approaches.put(e.getKey().name(), e.getValue().stream().map(Item::of).toList()));
			return new Picture(p.participantCount(), p.contributionCount(), p.weighers(),
					p.themes().stream().map(t -> {
						Map<String, Double> byType = new LinkedHashMap<>();
						t.byPartyType().entrySet().stream().sorted(Map.Entry.comparingByKey())
								.forEach(e -> byType.put(e.getKey().name(), round(e.getValue())));
						return new ThemeFigure(t.code().value(), round(t.mean()), round(t.spread()), byType);
					}).toList(), p.divergenceThreshold(),
					p.divergences().stream().map(Divergence::of).toList(),
					p.residentsVersusMunicipality().stream().map(Divergence::of).toList(), top, p.understandings().stream().map(Item::of).toList(), approaches,
					p.tips().stream().map(Item::of).toList());
		}
	}

	/** Two decimals: points of 100 need no more. */
	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	static List<String> codes(List<ThemeCode> codes) {
		return codes.stream().map(ThemeCode::value).toList();
	}
}
