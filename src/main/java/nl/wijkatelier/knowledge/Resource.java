package nl.wijkatelier.knowledge;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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

import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;

/** A link worth knowing: a website, a guide, a subsidy or a tool, tagged with themes. */
@Entity
@Table(name = "knowledge_resource")
public class Resource {

	public enum Kind { INSPIRATION, SUBSIDY, KNOW_HOW, TOOL }

	/** A resident's proposal waits for a programme admin; only approved resources are public and searchable. */
	public enum Status { PROPOSED, APPROVED }

	@Id
	private UUID id;
	@Column(name = "programme_id")
	private UUID programmeId;
	private String title;
	private String url;
	private String description;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private String language;
	/** Where the link comes from, e.g. the atelier report that named it. */
	private String source;
	@Column(name = "created_at")
	private Instant createdAt;
	@Enumerated(EnumType.STRING)
	private Status status = Status.APPROVED;
	/** The account that proposed it; empty for resources an admin added. */
	@Column(name = "proposed_by")
	private UUID proposedBy;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "knowledge_resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
	@Column(name = "theme_code")
	private Set<String> themes = new LinkedHashSet<>();

	protected Resource() {
	}

	Resource(ProgrammeId programme, String title, String url, String description, Kind kind, String language,
			String source, List<ThemeCode> themes, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.programmeId = programme.value();
		this.title = title;
		this.url = url;
		this.description = description;
		this.kind = kind;
		this.language = language;
		this.source = source;
		this.createdAt = createdAt;
		themes.forEach(theme -> this.themes.add(theme.value()));
	}

	void change(String title, String url, String description, Kind kind, List<ThemeCode> themes) {
		this.title = title;
		this.url = url;
		this.description = description;
		this.kind = kind;
		this.themes.clear();
		themes.forEach(theme -> this.themes.add(theme.value()));
	}

	public UUID id() {
		return id;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Status status() {
		return status;
	}

	public boolean approved() {
		return status == Status.APPROVED;
	}

	/** The proposer deleted their account: the resource stays, proposed by nobody in particular. */
	void forgetProposer() {
		proposedBy = null;
	}

	public Optional<UUID> proposedBy() {
		return Optional.ofNullable(proposedBy);
	}

	void proposedBy(UUID user) {
		this.status = Status.PROPOSED;
		this.proposedBy = user;
	}

	void approve() {
		this.status = Status.APPROVED;
	}

	public ProgrammeId programmeId() {
		return new ProgrammeId(programmeId);
	}

	public String title() {
		return title;
	}

	public String url() {
		return url;
	}

	public String description() {
		return description;
	}

	public Kind kind() {
		return kind;
	}

	public String language() {
		return language;
	}

	public String source() {
		return source;
	}

	public List<ThemeCode> themes() {
		return themes.stream().map(ThemeCode::new).sorted().toList();
	}
}
