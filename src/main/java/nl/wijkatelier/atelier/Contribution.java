package nl.wijkatelier.atelier;

import java.time.Instant;
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

import nl.wijkatelier.shared.ThemeCode;

/** One answer of a participant to one of the four questions. Its text is stored as typed and shown as text. */
@Entity
@Table(name = "atelier_contribution")
public class Contribution {

	/** The longest text a contribution may have, in characters. */
	public static final int TEXT_MAX = 2000;

	@Id
	private UUID id;
	@Column(name = "atelier_id")
	private UUID atelierId;
	@Column(name = "participant_id")
	private UUID participantId;
	private int question;
	@Enumerated(EnumType.STRING)
	private ContributionKind kind;
	private String text;
	private String themes;
	private boolean hidden;
	@Column(name = "merged_into")
	private UUID mergedInto;
	@Column(name = "created_at")
	private Instant createdAt;

	protected Contribution() {
	}

	Contribution(AtelierId atelier, ParticipantId participant, int question, Optional<ContributionKind> kind,
			String text, List<ThemeCode> themes, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.atelierId = atelier.value();
		this.participantId = participant.value();
		this.question = question;
		this.kind = kind.orElse(null);
		this.text = text;
		this.themes = String.join(",", themes.stream().map(ThemeCode::value).toList());
		this.createdAt = createdAt;
	}

	public ContributionId id() {
		return new ContributionId(id);
	}

	public AtelierId atelierId() {
		return new AtelierId(atelierId);
	}

	public ParticipantId participantId() {
		return new ParticipantId(participantId);
	}

	/** 1 to 4. */
	public int question() {
		return question;
	}

	public Optional<ContributionKind> kind() {
		return Optional.ofNullable(kind);
	}

	public String text() {
		return text;
	}

	public List<ThemeCode> themes() {
		return themes == null || themes.isBlank() ? List.of()
				: Arrays.stream(themes.split(",")).map(ThemeCode::new).toList();
	}

	/** Hidden by the facilitator as improper: kept, but counted nowhere and shown to nobody else. */
	public boolean hidden() {
		return hidden;
	}

	/** The contribution this one was merged into as a duplicate; its supports then count there. */
	public Optional<ContributionId> mergedInto() {
		return Optional.ofNullable(mergedInto).map(ContributionId::new);
	}

	public Instant createdAt() {
		return createdAt;
	}

	/** Shown and counted: neither hidden nor merged into another. */
	public boolean visible() {
		return !hidden && mergedInto == null;
	}

	void hide() {
		hidden = true;
	}

	void mergeInto(ContributionId target) {
		mergedInto = target.value();
	}
}
