package nl.wijkatelier.works.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijkatelier.works.CouplingResult.Cluster;
import nl.wijkatelier.works.Task;

/**
 * A server-rendered timeline: one row per task (grouped by cluster, coupled tasks first), a light bar for the
 * window and a dark bar for the preferred execution, on an axis of whole years. Coordinates are in the SVG's
 * user units: {@link #WIDTH} wide, {@link #ROW} per row, the first {@link #LABEL} units hold the labels.
 */
record Timeline(int height, List<Year> years, List<Row> rows) {

	static final int WIDTH = 1000;
	static final int LABEL = 220;
	static final int ROW = 22;
	static final int TOP = 24;

	record Year(int year, double x) {
	}

	record Row(String id, String label, double y, double windowX, double windowWidth, double workX, double workWidth,
			String cssClass, boolean coupled) {
	}

	static Timeline of(List<Task> tasks, List<Cluster> clusters) {
		if (tasks.isEmpty()) {
			return new Timeline(TOP, List.of(), List.of());
		}
		Map<String, Integer> clusterOf = new HashMap<>();
		for (int i = 0; i < clusters.size(); i++) {
			for (String id : clusters.get(i).tasks()) {
				clusterOf.put(id, i);
			}
		}
		List<Task> ordered = new ArrayList<>(tasks);
		ordered.sort(Comparator.comparing((Task t) -> clusterOf.getOrDefault(t.id(), Integer.MAX_VALUE))
				.thenComparing(Task::earliestStart).thenComparing(Task::id));
		int firstYear = tasks.stream().map(Task::earliestStart).min(LocalDate::compareTo).orElseThrow().getYear();
		int lastYear = tasks.stream().map(Task::latestEnd).max(LocalDate::compareTo).orElseThrow().getYear() + 1;
		long from = LocalDate.of(firstYear, 1, 1).toEpochDay();
		long to = LocalDate.of(lastYear, 1, 1).toEpochDay();
		double scale = (WIDTH - LABEL - 10.0) / (to - from);
		List<Year> years = new ArrayList<>();
		for (int y = firstYear; y <= lastYear; y++) {
			years.add(new Year(y, LABEL + (LocalDate.of(y, 1, 1).toEpochDay() - from) * scale));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			Task t = ordered.get(i);
			double wx = LABEL + (t.earliestStart().toEpochDay() - from) * scale;
			double ww = Math.max(2, t.windowDays() * scale);
			LocalDate start = t.preferredOrEarliestStart();
			double px = LABEL + (start.toEpochDay() - from) * scale;
			double pw = Math.max(2, t.durationDays() * scale);
			String label = t.id() + " " + t.title();
			rows.add(new Row(t.id(), label.length() > 34 ? label.substring(0, 33) + "…" : label, TOP + i * ROW, wx, ww,
					px, pw, "wa-works-type-" + t.type().name().toLowerCase(Locale.ROOT),
					clusterOf.containsKey(t.id())));
		}
		return new Timeline(TOP + ordered.size() * ROW + 4, years, rows);
	}
}
