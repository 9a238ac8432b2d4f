package nl.wijkatelier.atelier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;

/**
 * A workshop for one neighbourhood, or a programme-wide knowledge atelier (no neighbourhood). Lists (themes,
 * speakers, questions, tips, links) are kept as lines of text: they are always read and written whole.
 */
@Entity
@Table(name = "atelier")
public class Atelier {

	/** The seed report's four questions. */
	public static final int QUESTIONS = 4;

	@Id
	private UUID id;
	@Column(name = "programme_id")
	private UUID programmeId;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	private String title;
	@Column(name = "held_on")
	private LocalDate heldOn;
	private String topic;
	private String themes;
	private String speakers;
	private String questions;
	@Enumerated(EnumType.STRING)
	private AtelierState state;
	@Column(name = "join_code")
	private String joinCode;
	@Column(name = "reported_participants")
	private Integer reportedParticipants;
	private String insights;
	private String tips;
	private String links;
	private boolean example;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "published_at")
	private Instant publishedAt;
	@Version
	private long version;

	protected Atelier() {
	}

	Atelier(ProgrammeId programme, Optional<NeighbourhoodId> neighbourhood, String title, LocalDate heldOn,
			String topic, List<ThemeCode> themes, List<Speaker> speakers, List<String> questions, List<String> links,
			String joinCode, boolean example, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.programmeId = programme.value();
		this.neighbourhoodId = neighbourhood.map(NeighbourhoodId::value).orElse(null);
		this.title = title;
		this.heldOn = heldOn;
		this.topic = topic == null || topic.isBlank() ? null : topic.trim();
		this.themes = String.join(",", themes.stream().map(ThemeCode::value).toList());
		this.speakers = String.join("\n", speakers.stream().map(s -> s.name() + "\t" + s.role()).toList());
		this.questions = questions.stream().allMatch(String::isBlank) ? null : String.join("\n", questions);
		this.links = links.isEmpty() ? null : String.join("\n", links);
		this.joinCode = joinCode;
		this.example = example;
		this.state = AtelierState.DRAFT;
		this.createdAt = createdAt;
	}

	public AtelierId id() {
		return new AtelierId(id);
	}

	public ProgrammeId programmeId() {
		return new ProgrammeId(programmeId);
	}

	/** Empty for a programme-wide knowledge atelier. */
	public Optional<NeighbourhoodId> neighbourhoodId() {
		return Optional.ofNullable(neighbourhoodId).map(NeighbourhoodId::new);
	}

	public String title() {
		return title;
	}

	public LocalDate heldOn() {
		return heldOn;
	}

	/** The atelier's theme in words, as a report names it ("Integrale Duurzame Wijkontwikkeling"). */
	public Optional<String> topic() {
		return Optional.ofNullable(topic);
	}

	/** The integral themes the atelier is about. */
	public List<ThemeCode> themes() {
		return lines(themes, ",").stream().map(ThemeCode::new).toList();
	}

	public List<Speaker> speakers() {
		return lines(speakers, "\n").stream().map(line -> {
			String[] parts = line.split("\t", 2);
			return new Speaker(parts[0], parts.length > 1 ? parts[1] : "");
		}).toList();
	}

	/**
	 * The text of each of the four questions as the facilitator wrote it; an empty text means the seed's
	 * question, which the pages show in the reader's language.
	 */
	public List<String> questions() {
		List<String> result = new ArrayList<>(questions == null ? List.of()
				: Arrays.asList(questions.split("\n", -1)));
		while (result.size() < QUESTIONS) {
			result.add("");
		}
		return List.copyOf(result.subList(0, QUESTIONS));
	}

	public AtelierState state() {
		return state;
	}

	public String joinCode() {
		return joinCode;
	}

	/**
	 * The number of participants a report gave for an atelier held outside the platform (the seed's 34); empty
	 * when the participants joined here and are counted.
	 */
	public Optional<Integer> reportedParticipants() {
		return Optional.ofNullable(reportedParticipants);
	}

	/** The facilitator's insights, one paragraph per entry. */
	public List<String> insights() {
		return insights == null ? List.of()
				: Arrays.stream(insights.split("\\n\\s*\\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	/** Tips written by the facilitator (the report's own); participants' tips are their question-4 answers. */
	public List<String> tips() {
		return lines(tips, "\n");
	}

	public List<String> links() {
		return lines(links, "\n");
	}

	/** True when the atelier was invented for the demo rather than held. */
	public boolean example() {
		return example;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Optional<Instant> publishedAt() {
		return Optional.ofNullable(publishedAt);
	}

	public boolean isOpen() {
		return state == AtelierState.OPEN;
	}

	public boolean isPublished() {
		return state == AtelierState.PUBLISHED;
	}

	void open() {
		requireState(AtelierState.DRAFT, "error.atelier.notDraft");
		state = AtelierState.OPEN;
	}

	void close() {
		requireState(AtelierState.OPEN, "error.atelier.notOpen");
		state = AtelierState.CLOSED;
	}

	/** Publishing from an open atelier closes it on the way. */
	void publish(String insightsText, Instant now) {
		if (state != AtelierState.OPEN && state != AtelierState.CLOSED) {
			throw new ConflictException("error.atelier.notPublishable");
		}
		if (insightsText != null && !insightsText.isBlank()) {
			this.insights = insightsText.trim();
		}
		state = AtelierState.PUBLISHED;
		publishedAt = now;
	}

	/** A report of an atelier held elsewhere, entered as the report states it (the seed's knowledge atelier). */
	void recordReport(int participants, List<String> insightParagraphs, List<String> reportTips, Instant now) {
		this.reportedParticipants = participants;
		this.insights = String.join("\n\n", insightParagraphs);
		this.tips = String.join("\n", reportTips);
		this.state = AtelierState.PUBLISHED;
		this.publishedAt = now;
	}

	private void requireState(AtelierState expected, String messageKey) {
		if (state != expected) {
			throw new ConflictException(messageKey);
		}
	}

	private static List<String> lines(String text, String separator) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
