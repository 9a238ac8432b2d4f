package nl.wijkatelier.programme;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ProgrammeId;

/**
 * A neighbourhood that takes part in a programme. Its CBS code, when known, links it to the CBS key figures;
 * its municipality code always does, so municipal figures can be shown where the wijk is not known.
 */
@Entity
@Table(name = "neighbourhood")
public class Neighbourhood {

	@Id
	private UUID id;
	@Column(name = "programme_id")
	private UUID programmeId;
	private String name;
	@Column(name = "cbs_code")
	private String cbsCode;
	private String municipality;
	@Column(name = "municipality_code")
	private String municipalityCode;
	private String website;
	private String description;
	@Column(name = "boundary_geojson")
	private String boundaryGeoJson;
	private boolean example;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "archived_at")
	private Instant archivedAt;
	@Version
	private long version;

	protected Neighbourhood() {
	}

	Neighbourhood(ProgrammeId programme, NeighbourhoodDetails details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.programmeId = programme.value();
		this.createdAt = createdAt;
		apply(details);
	}

	void apply(NeighbourhoodDetails details) {
		this.name = details.name();
		this.cbsCode = details.code().map(CbsCode::value).orElse(null);
		this.municipality = details.municipality();
		this.municipalityCode = details.municipalityCode().map(CbsCode::value).orElse(null);
		this.website = details.website();
		this.description = details.description();
		this.boundaryGeoJson = details.boundaryGeoJson();
		this.example = details.example();
	}

	/** Takes the neighbourhood out of every list and page; its data stays for the record and the audit log. */
	void archive(Instant at) {
		if (archivedAt == null) {
			archivedAt = at;
		}
	}

	public boolean archived() {
		return archivedAt != null;
	}

	public NeighbourhoodId id() {
		return new NeighbourhoodId(id);
	}

	public ProgrammeId programmeId() {
		return new ProgrammeId(programmeId);
	}

	public String name() {
		return name;
	}

	public Optional<CbsCode> code() {
		return Optional.ofNullable(cbsCode).map(CbsCode::new);
	}

	public String municipality() {
		return municipality;
	}

	public Optional<CbsCode> municipalityCode() {
		return Optional.ofNullable(municipalityCode).map(CbsCode::new);
	}

	public String website() {
		return website;
	}

	public String description() {
		return description;
	}

	public Optional<String> boundaryGeoJson() {
		return Optional.ofNullable(boundaryGeoJson);
	}

	/** True when the neighbourhood was invented for the demo rather than taken from the seed report. */
	public boolean example() {
		return example;
	}
}
