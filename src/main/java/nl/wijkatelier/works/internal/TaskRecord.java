package nl.wijkatelier.works.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.GeoJsonGeometry;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.TaskType;

/** A stored task; lists are kept as {@code ;}-separated text, funding as {@code pot=cents}, geometry as RD New WKT. */
@Entity
@Table(name = "works_task")
public class TaskRecord {

	@Id
	private UUID id;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	private String code;
	private String title;
	@Column(name = "owner_party_id")
	private UUID ownerPartyId;
	private String type;
	@Column(name = "earliest_start")
	private LocalDate earliestStart;
	@Column(name = "latest_end")
	private LocalDate latestEnd;
	@Column(name = "duration_days")
	private int durationDays;
	@Column(name = "preferred_start")
	private LocalDate preferredStart;
	@Column(name = "pinned_start")
	private LocalDate pinnedStart;
	@Column(name = "cost_cents")
	private long costCents;
	@Column(name = "shareable_cost_cents")
	private long shareableCostCents;
	private String themes;
	@Column(name = "depends_on")
	private String dependsOn;
	private String funding;
	@Column(name = "geometry_wkt")
	private String geometryWkt;
	@Column(name = "min_x")
	private Double minX;
	@Column(name = "min_y")
	private Double minY;
	@Column(name = "max_x")
	private Double maxX;
	@Column(name = "max_y")
	private Double maxY;
	private boolean example;
	@Version
	private long version;
	@Column(name = "updated_at")
	private Instant updatedAt;

	protected TaskRecord() {
	}

	public TaskRecord(UUID neighbourhoodId, boolean example) {
		this.id = UUID.randomUUID();
		this.neighbourhoodId = neighbourhoodId;
		this.example = example;
	}

	/** Takes over every field of the task, with the owner as a party. */
	public void update(Task task, UUID ownerParty, Instant now) {
		code = task.id();
		title = task.title();
		ownerPartyId = ownerParty;
		type = task.type().name();
		earliestStart = task.earliestStart();
		latestEnd = task.latestEnd();
		durationDays = task.durationDays();
		preferredStart = task.preferredStart().orElse(null);
		pinnedStart = task.pinnedStart().orElse(null);
		costCents = task.costCents();
		shareableCostCents = task.shareableCostCents();
		themes = String.join(";", task.themes());
		dependsOn = String.join(";", task.dependsOn());
		funding = task.funding().stream().map(f -> f.pot().replace(";", ",").replace("=", "-") + "=" + f.amountCents())
				.collect(Collectors.joining(";"));
		geometryWkt = task.geometry().map(g -> new WKTWriter().write(g)).orElse(null);
		Optional<Envelope> box = task.geometry().map(Geometry::getEnvelopeInternal);
		minX = box.map(Envelope::getMinX).orElse(null);
		minY = box.map(Envelope::getMinY).orElse(null);
		maxX = box.map(Envelope::getMaxX).orElse(null);
		maxY = box.map(Envelope::getMaxY).orElse(null);
		updatedAt = now;
	}

	/** The task, with the owner's party name as its owner. */
	public Task toTask(String ownerName) {
		Optional<Geometry> geometry = Optional.empty();
		if (geometryWkt != null) {
			try {
				geometry = Optional.of(new WKTReader(GeoJsonGeometry.factory()).read(geometryWkt));
			}
			catch (ParseException ex) {
				throw new IllegalStateException("stored geometry of task " + code + " is unreadable", ex);
			}
		}
		List<Funding> shares = split(funding).stream().map(s -> {
			int at = s.lastIndexOf('=');
			return new Funding(s.substring(0, at), Long.parseLong(s.substring(at + 1)));
		}).toList();
		return new Task(code, title, ownerName, TaskType.valueOf(type), earliestStart, latestEnd, durationDays,
				Optional.ofNullable(preferredStart), costCents, shareableCostCents, split(themes), split(dependsOn), shares,
				Optional.ofNullable(pinnedStart), geometry);
	}

	private static List<String> split(String text) {
		return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(";"));
	}

	public UUID id() {
		return id;
	}

	public String code() {
		return code;
	}

	public UUID ownerPartyId() {
		return ownerPartyId;
	}

	public boolean example() {
		return example;
	}

	public long version() {
		return version;
	}
}
