package nl.wijkatelier.works;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;

/**
 * When two tasks are a coupling candidate, as registers like GIPOD use it: the distance between their
 * geometries in RD New metres is at most the sum of their buffers, and their windows
 * {@code [earliestStart, latestEnd]} share at least one day. Severity {@link Severity#HARD} when the geometries
 * touch or overlap, {@link Severity#BUFFER} when only the buffers do. A task without geometry couples with
 * nothing. Tasks close in space whose windows do not meet are near misses, with the gap in days.
 *
 * @param bufferMetres the buffer per task type in metres, 0 to 1000; a type left out gets its default
 *        ({@link #defaultBuffer(TaskType)})
 */
public record CouplingRule(Map<TaskType, Double> bufferMetres) {

	/**
	 * The default buffer of the street-opening types ({@link TaskType#opensStreet()}), in metres: 10 m, after
	 * GIPOD's practice of a working strip beside an excavation. The only place this figure lives; the
	 * configuration ({@link WorksProperties}) and the command line take it from here.
	 */
	public static final double DEFAULT_STREET_OPENING_BUFFER_METRES = 10;

	/** The default buffer of the other task types, in metres: 5 m (a scaffold or a verge strip). */
	public static final double DEFAULT_OTHER_BUFFER_METRES = 5;

	public enum Severity { HARD, BUFFER }

	/** The outcome for two tasks close enough in space: a candidate when {@code overlapDays >= 1}. */
	public record Match(double distanceMetres, Severity severity, int overlapDays, int gapDays) {
		public boolean candidate() {
			return overlapDays >= 1;
		}
	}

	public CouplingRule {
		EnumMap<TaskType, Double> all = new EnumMap<>(TaskType.class);
		for (TaskType type : TaskType.values()) {
			Double metres = bufferMetres.get(type);
			if (metres == null) {
				metres = defaultBuffer(type);
			}
			if (!(metres >= 0 && metres <= 1000)) {
				throw new IllegalArgumentException("a buffer is 0 to 1000 metres, not " + metres);
			}
			all.put(type, metres);
		}
		bufferMetres = Collections.unmodifiableMap(all);
	}

	/** The buffer of a type when none is configured: {@link #DEFAULT_STREET_OPENING_BUFFER_METRES} or {@link #DEFAULT_OTHER_BUFFER_METRES}. */
	public static double defaultBuffer(TaskType type) {
		return type.opensStreet() ? DEFAULT_STREET_OPENING_BUFFER_METRES : DEFAULT_OTHER_BUFFER_METRES;
	}

	public static CouplingRule defaults() {
		return new CouplingRule(Map.of());
	}

	/** The rule with other buffers for the street-opening types and the others, in metres. */
	public static CouplingRule withBuffers(double streetOpening, double other) {
		EnumMap<TaskType, Double> buffers = new EnumMap<>(TaskType.class);
		for (TaskType type : TaskType.values()) {
			buffers.put(type, type.opensStreet() ? streetOpening : other);
		}
		return new CouplingRule(buffers);
	}

	public double buffer(TaskType type) {
		return bufferMetres.get(type);
	}

	public double maxBuffer() {
		return bufferMetres.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
	}

	/**
	 * The two tasks' match when they are within reach in space (a candidate or a near miss), else empty. A
	 * distance exactly equal to the sum of the buffers is within reach.
	 */
	public Optional<Match> match(Task a, Task b) {
		if (a.geometry().isEmpty() || b.geometry().isEmpty()) {
			return Optional.empty();
		}
		double reach = buffer(a.type()) + buffer(b.type());
		Geometry ga = a.geometry().get();
		Geometry gb = b.geometry().get();
		if (ga.getEnvelopeInternal().distance(gb.getEnvelopeInternal()) > reach) {
			return Optional.empty();
		}
		double distance = ga.distance(gb);
		if (distance > reach) {
			return Optional.empty();
		}
		return Optional.of(timing(a, b, distance));
	}

	static Match timing(Task a, Task b, double distance) {
		LocalDate start = a.earliestStart().isAfter(b.earliestStart()) ? a.earliestStart() : b.earliestStart();
		LocalDate end = a.latestEnd().isBefore(b.latestEnd()) ? a.latestEnd() : b.latestEnd();
		int between = (int) ChronoUnit.DAYS.between(start, end);
		int overlap = Math.max(0, between + 1);
		int gap = between >= 0 ? 0 : -between - 1;
		return new Match(distance, distance == 0 ? Severity.HARD : Severity.BUFFER, overlap, gap);
	}
}
