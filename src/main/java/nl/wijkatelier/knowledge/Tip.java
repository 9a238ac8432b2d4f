package nl.wijkatelier.knowledge;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;
import nl.wijkatelier.shared.UserId;

/** A tip for others (the seed's fourth question), written directly, with the neighbourhood and role it comes from. */
@Entity
@Table(name = "knowledge_tip")
public class Tip {

	@Id
	private UUID id;
	@Column(name = "programme_id")
	private UUID programmeId;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	@Enumerated(EnumType.STRING)
	@Column(name = "party_type")
	private PartyType partyType;
	private String text;
	@Column(name = "written_by")
	private UUID writtenBy;
	@Column(name = "created_at")
	private Instant createdAt;
	/** When a programme admin hid the tip after reviewing flags on it; empty while it is shown. */
	@Column(name = "hidden_at")
	private Instant hiddenAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "knowledge_tip_theme", joinColumns = @JoinColumn(name = "tip_id"))
	@Column(name = "theme_code")
	private Set<String> themes = new LinkedHashSet<>();

	protected Tip() {
	}

	Tip(ProgrammeId programme, NeighbourhoodId neighbourhood, PartyType partyType, String text, UserId writtenBy,
			List<ThemeCode> themes, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.programmeId = programme.value();
		this.neighbourhoodId = neighbourhood.value();
		this.partyType = partyType;
		this.text = text;
		this.writtenBy = writtenBy.value();
		this.createdAt = createdAt;
		themes.forEach(theme -> this.themes.add(theme.value()));
	}

	public UUID id() {
		return id;
	}

	public ProgrammeId programmeId() {
		return new ProgrammeId(programmeId);
	}

	public NeighbourhoodId neighbourhoodId() {
		return new NeighbourhoodId(neighbourhoodId);
	}

	public PartyType partyType() {
		return partyType;
	}

	public String text() {
		return text;
	}

	/** The author deleted their account: the tip stays, written by nobody in particular. */
	void forgetAuthor() {
		writtenBy = new UUID(0, 0);
	}

	public UserId writtenBy() {
		return new UserId(writtenBy);
	}

	public Instant createdAt() {
		return createdAt;
	}

	/** Hidden after review: in no list and no search result, kept for the audit log. */
	public boolean hidden() {
		return hiddenAt != null;
	}

	void hide(Instant now) {
		hiddenAt = now;
	}

	public List<ThemeCode> themes() {
		return themes.stream().map(ThemeCode::new).sorted().toList();
	}
}
