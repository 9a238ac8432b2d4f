package nl.wijkatelier.atelier;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.atelier.internal.ContributionRepository;
import nl.wijkatelier.atelier.internal.ParticipantRepository;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.Theme;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ThemeCode;

/** Builds the feedback report of an atelier, and writes it as Markdown. */
@Service
@Transactional(readOnly = true)
public class Reports {

	private final Ateliers ateliers;
	private final JointPictures pictures;
	private final ContributionRepository contributions;
	private final ParticipantRepository participants;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final MessageSource messages;

	Reports(Ateliers ateliers, JointPictures pictures, ProgrammeCatalog catalog, ThemeCatalog themes,
			MessageSource messages, ContributionRepository contributions, ParticipantRepository participants) {
		this.ateliers = ateliers;
		this.pictures = pictures;
		this.contributions = contributions;
		this.participants = participants;
		this.catalog = catalog;
		this.themes = themes;
		this.messages = messages;
	}

	/** The report, for anyone once published and for the atelier's facilitators before. */
	public AtelierReport report(AtelierId id, Locale locale) {
		Atelier atelier = ateliers.atelier(id);
		ateliers.requireReadable(atelier);
		return build(atelier, locale);
	}

	/**
	 * The joint picture as its page shows it: for everyone once published, and before that for the atelier's
	 * facilitators and for a participant who joined it from this browser ({@code joined}).
	 */
	public AtelierReport picture(AtelierId id, Optional<ParticipantId> joined, Locale locale) {
		return joined.isPresent() ? build(ateliers.atelier(id), locale) : report(id, locale);
	}

	/** Every contribution of the atelier, hidden and merged ones included, oldest first (for its facilitators). */
	public List<Contribution> contributions(AtelierId atelier) {
		return contributions.findByAtelierIdOrderByCreatedAtAsc(atelier.value());
	}

	public List<Participant> participants(AtelierId atelier) {
		return participants.findByAtelierId(atelier.value());
	}

	/** The report without an access check: for pages that checked access their own way. */
	public AtelierReport build(Atelier atelier, Locale locale) {
		Map<ThemeCode, String> names = new LinkedHashMap<>();
		for (Theme theme : themes.themes(atelier.programmeId())) {
			names.put(theme.code(), theme.name(locale));
		}
		String place = atelier.neighbourhoodId().map(n -> catalog.neighbourhood(n).name())
				.orElseGet(() -> catalog.programme(atelier.programmeId()).name());
		JointPicture picture = pictures.of(atelier);
		List<String> questions = new ArrayList<>();
		for (int i = 0; i < Atelier.QUESTIONS; i++) {
			String text = atelier.questions().get(i);
			questions.add(text.isBlank() ? messages.getMessage("question." + (i + 1), null, locale) : text);
		}
		List<JointPicture.Item> visible = new ArrayList<>(picture.understandings());
		picture.top().values().forEach(visible::addAll);
		picture.approaches().values().forEach(visible::addAll);
		visible.addAll(picture.tips());
		List<AtelierReport.ThemeInsight> themeInsights = new ArrayList<>();
		for (JointPicture.ThemeFigure figure : picture.themes()) {
			List<JointPicture.Item> tagged = visible.stream().filter(i -> i.themes().contains(figure.code())).toList();
			if (tagged.isEmpty()) {
				continue;
			}
			themeInsights.add(new AtelierReport.ThemeInsight(figure.code(), names.get(figure.code()),
					picture.weighers() == 0 ? Optional.empty() : Optional.of(figure.mean()), tagged.size(),
					tagged.stream().max(Comparator.comparingInt(JointPicture.Item::support)
							.thenComparing(JointPicture.Item::createdAt, Comparator.reverseOrder()))));
		}
		List<String> tips = new ArrayList<>(atelier.tips());
		picture.tips().forEach(t -> tips.add(t.text()));
		return new AtelierReport(atelier, place, atelier.themes().stream().map(c -> names.getOrDefault(c, c.value()))
				.toList(), names, questions, picture.participantCount(), atelier.insights(), themeInsights, picture,
				tips);
	}

	/**
	 * The report as Markdown. What participants wrote is escaped, so HTML and Markdown in it are read as text by
	 * any Markdown renderer.
	 */
	public String markdown(AtelierReport report, Locale locale) {
		Atelier atelier = report.atelier();
		StringBuilder md = new StringBuilder();
		md.append("# ").append(text(atelier.title())).append("\n\n");
		if (atelier.example()) {
			md.append("_").append(msg("example.badge", locale)).append(": ").append(msg("atelier.example.note", locale))
					.append("_\n\n");
		}
		md.append("- **").append(msg("atelier.date", locale)).append(":** ")
				.append(atelier.heldOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)))
				.append("\n");
		atelier.topic().ifPresent(topic -> md.append("- **").append(msg("atelier.topic", locale)).append(":** ")
				.append(text(topic)).append("\n"));
		md.append("- **").append(msg("atelier.place", locale)).append(":** ").append(text(report.place())).append("\n");
		md.append("- **").append(msg("atelier.themes", locale)).append(":** ")
				.append(text(String.join(", ", report.themeNames()))).append("\n");
		md.append("- **").append(msg("report.participants", locale)).append(":** ").append(report.participantCount())
				.append("\n\n");
		if (!atelier.speakers().isEmpty()) {
			md.append("## ").append(msg("report.speakers", locale)).append("\n\n");
			atelier.speakers().forEach(s -> md.append("- ").append(text(s.name()))
					.append(s.role().isBlank() ? "" : ", " + text(s.role())).append("\n"));
			md.append("\n");
		}
		if (!report.insights().isEmpty() || !report.themeInsights().isEmpty()) {
			md.append("## ").append(msg("report.insights", locale)).append("\n\n");
			report.insights().forEach(p -> md.append(text(p)).append("\n\n"));
			for (AtelierReport.ThemeInsight insight : report.themeInsights()) {
				md.append("- **").append(text(insight.name())).append("**: ")
						.append(msg("report.themeInsight.count", locale, insight.contributions()));
				insight.meanWeight().ifPresent(w -> md.append("; ")
						.append(msg("report.themeInsight.weight", locale, String.format(locale, "%.1f", w))));
				insight.mostSupported().ifPresent(i -> md.append("; ").append(msg("report.themeInsight.top", locale))
						.append(" “").append(text(i.text())).append("”"));
				md.append("\n");
			}
			md.append("\n");
		}
		JointPicture picture = report.picture();
		if (picture.weighers() > 0) {
			md.append("## ").append(msg("picture.weights", locale)).append("\n\n");
			List<PartyType> types = picture.partyTypes();
			md.append("| ").append(msg("picture.theme", locale)).append(" | ").append(msg("picture.mean", locale))
					.append(" | ").append(msg("picture.spread", locale));
			types.forEach(t -> md.append(" | ").append(msg(t.messageKey(), locale)));
			md.append(" |\n|---|---:|---:");
			types.forEach(t -> md.append("|---:"));
			md.append("|\n");
			for (JointPicture.ThemeFigure figure : picture.themes()) {
				md.append("| ").append(text(report.themeName(figure.code()))).append(" | ")
						.append(String.format(locale, "%.1f", figure.mean())).append(" | ")
						.append(String.format(locale, "%.1f", figure.spread()));
				types.forEach(t -> md.append(" | ").append(Optional.ofNullable(figure.byPartyType().get(t))
						.map(v -> String.format(locale, "%.1f", v)).orElse("–")));
				md.append(" |\n");
			}
			md.append("\n");
			if (!picture.divergences().isEmpty()) {
				md.append("### ").append(msg("picture.divergences", locale)).append("\n\n");
				picture.divergences().forEach(d -> md.append("- ").append(divergence(report, d, locale)).append("\n"));
				md.append("\n");
			}
			if (!picture.residentsVersusMunicipality().isEmpty()) {
				md.append("### ").append(msg("picture.residentsVersusMunicipality", locale)).append("\n\n");
				picture.residentsVersusMunicipality()
						.forEach(d -> md.append("- ").append(divergence(report, d, locale)).append("\n"));
				md.append("\n");
			}
		}
		for (ContributionKind kind : ContributionKind.values()) {
			List<JointPicture.Item> items = picture.top().getOrDefault(kind, List.of());
			if (!items.isEmpty()) {
				md.append("## ").append(msg("picture.top." + kind.name(), locale)).append("\n\n");
				items.forEach(i -> md.append("- ").append(item(i, locale)).append("\n"));
				md.append("\n");
			}
		}
		if (!picture.understandings().isEmpty()) {
			md.append("## ").append(text(report.questions().get(0))).append("\n\n");
			picture.understandings().forEach(i -> md.append("- ").append(item(i, locale)).append("\n"));
			md.append("\n");
		}
		if (!picture.approaches().isEmpty()) {
			md.append("## ").append(msg("picture.approaches", locale)).append("\n\n");
			picture.approaches().forEach((type, items) -> {
				md.append("### ").append(msg(type.messageKey(), locale)).append("\n\n");
				items.forEach(i -> md.append("- ").append(item(i, locale)).append("\n"));
				md.append("\n");
			});
		}
		if (!report.tips().isEmpty()) {
			md.append("## ").append(msg("report.tips", locale)).append("\n\n");
			report.tips().forEach(t -> md.append("- ").append(text(t)).append("\n"));
			md.append("\n");
		}
		md.append("## ").append(msg("report.questions", locale)).append("\n\n");
		for (int i = 0; i < report.questions().size(); i++) {
			md.append(i + 1).append(". ").append(text(report.questions().get(i))).append("\n");
		}
		md.append("\n");
		if (!atelier.links().isEmpty()) {
			md.append("## ").append(msg("report.links", locale)).append("\n\n");
			atelier.links().forEach(l -> md.append("- <").append(l).append(">\n"));
			md.append("\n");
		}
		return md.toString();
	}

	private String divergence(AtelierReport report, JointPicture.Divergence d, Locale locale) {
		return text(msg("picture.divergence", locale, report.themeName(d.theme()), msg(d.high().messageKey(), locale),
				String.format(locale, "%.1f", d.highMean()), msg(d.low().messageKey(), locale),
				String.format(locale, "%.1f", d.lowMean())));
	}

	private String item(JointPicture.Item item, Locale locale) {
		String who = item.author().map(a -> text(a) + ", ").orElse("") + msg(item.partyType().messageKey(), locale);
		return text(item.text()) + " _(" + who + (item.support() > 0
				? "; " + msg("picture.supportCount", locale, item.support()) : "") + ")_";
	}

	/** Escapes what Markdown or HTML would read as markup, and keeps a text on one list line. */
	static String text(String raw) {
		StringBuilder out = new StringBuilder();
		for (char c : raw.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '\\', '`', '*', '_', '[', ']', '#', '|' -> out.append('\\').append(c);
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
