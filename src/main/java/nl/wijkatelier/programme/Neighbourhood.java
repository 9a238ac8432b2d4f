package nl.wijkatelier.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ProgrammeId;

/**
 * A neighbourhood that takes part in a programme. Its CBS codes (a wijk, one or more buurten, or a whole
 * municipality) link it to the CBS key figures and its boundary; its municipality code always does, so municipal
 * figures can be shown where the wijk is not known. The boundary is a GeoJSON Polygon or MultiPolygon in WGS84
 * longitude/latitude (RFC 7946, OGC CRS84), fetched from PDOK or uploaded.
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
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "neighbourhood_area", joinColumns = @JoinColumn(name = "neighbourhood_id"))
	@OrderColumn(name = "position")
	@Column(name = "cbs_code")
	private List<String> areaCodes = new ArrayList<>();
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
		this.areaCodes.clear();
		details.codes().forEach(c -> this.areaCodes.add(c.value()));
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

	/** The CBS areas the neighbourhood covers, in the order given; empty when none is known. */
	public List<CbsCode> codes() {
		if (areaCodes.isEmpty()) {
			return code().map(List::of).orElse(List.of());
		}
		return areaCodes.stream().map(CbsCode::new).toList();
	}

	void boundary(String geoJson) {
		this.boundaryGeoJson = geoJson;
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
