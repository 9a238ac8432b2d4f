package nl.wijkatelier.programme;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
	private String region;
	@Column(name = "created_at")
	private Instant createdAt;
	@Version
	private long version;

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

	/** Changes what people read about the programme; the slug stays, so links to it keep working. */
	void describe(String name, String description, String region) {
		this.name = name;
		this.description = description;
		this.region = region;
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

	/** The region or municipality the programme works in, such as Gelderland; null when not given. */
	public String region() {
		return region;
	}
}
