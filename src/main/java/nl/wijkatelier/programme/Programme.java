package nl.wijkatelier.programme;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.ProgrammeId;

/** A programme that runs several neighbourhoods, such as Wijk van de Toekomst. */
@Entity
@Table(name = "programme")
public class Programme {

	@Id
	private UUID id;
	private String slug;
	private String name;
	private String description;
	private String website;
	@Column(name = "created_at")
	private Instant createdAt;

	protected Programme() {
	}

	Programme(String slug, String name, String description, String website, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.website = website;
		this.createdAt = createdAt;
	}

	public ProgrammeId id() {
		return new ProgrammeId(id);
	}

	public String slug() {
		return slug;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public String website() {
		return website;
	}
}
