package nl.wijkatelier.dashboard.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import nl.wijkatelier.dashboard.NeighbourhoodDashboard;
import nl.wijkatelier.shared.PartyType;

/**
 * Server-rendered SVG charts. Coordinates are in the SVG's own user units ({@link #WIDTH} wide); the SVG scales
 * to its container, so the charts fit a phone. Every chart is shown next to a table with the same figures.
 */
final class Charts {

	static final int WIDTH = 600;
	/** Left margin for labels in horizontal bar charts and the timeline, in user units. */
	static final int LABEL = 190;
	static final int ROW = 22;

	/** Okabe–Ito colours, as in the atelier module's weight chart (distinguishable with colour blindness). */
	static final Map<PartyType, String> COLORS = Map.of(PartyType.RESIDENT, "#0072B2", PartyType.MUNICIPALITY,
			"#D55E00", PartyType.HOUSING_CORPORATION, "#117733", PartyType.ENERGY_COMPANY, "#882255",
			PartyType.GRID_OPERATOR, "#6a3d9a", PartyType.WATER_BOARD, "#00838f", PartyType.ENTREPRENEUR, "#8c510a",
			PartyType.WELFARE_HEALTH, "#c51b7d", PartyType.OTHER, "#555555");
	static final String EVERYONE = "#333333";

	private Charts() {
	}

	/** A horizontal bar, or (value empty) a group label row. */
	record HBar(String label, String value, String color, int y, double width, boolean heading) {
	}

	record HBars(List<HBar> bars, int height) {
	}

	record Column(String label, int value, double x, double y, double width, double height, boolean labelled) {
	}

	record Columns(List<Column> columns, int height, int max, String color) {
	}

	record Span(String label, int y, double windowX, double windowWidth, double workX, double workWidth,
			boolean coupled) {
	}

	record Tick(String label, double x) {
	}

	record Timeline(List<Span> spans, List<Tick> ticks, int height) {
	}

	record Legend(String label, String color) {
	}

	/** Theme means per party type: per theme a heading row, a bar for everyone and one per party type. */
	static HBars themes(NeighbourhoodDashboard.LatestAtelier atelier, Map<PartyType, String> typeNames,
			String everyone, Locale locale) {
		double max = atelier.themes().stream()
				.flatMap(t -> Stream.concat(Stream.of(t.mean()),
						t.byPartyType().values().stream()))
				.mapToDouble(d -> d).max().orElse(0);
		List<HBar> bars = new ArrayList<>();
		int y = 0;
		for (NeighbourhoodDashboard.ThemeRow row : atelier.themes()) {
			bars.add(new HBar(row.theme(), "", "", y, 0, true));
			y += ROW;
			bars.add(bar(everyone, row.mean(), max, EVERYONE, y, locale));
			y += ROW;
			for (PartyType type : atelier.partyTypes()) {
				bars.add(bar(typeNames.get(type), row.byPartyType().getOrDefault(type, 0.0), max, COLORS.get(type), y,
						locale));
				y += ROW;
			}
		}
		return new HBars(bars, Math.max(y, ROW));
	}

	/** One bar per label, e.g. households per action or a figure per neighbourhood. */
	static HBars bars(List<Map.Entry<String, Double>> values, String color, Locale locale) {
		double max = values.stream().mapToDouble(Map.Entry::getValue).max().orElse(0);
		List<HBar> bars = new ArrayList<>();
		int y = 0;
		for (Map.Entry<String, Double> e : values) {
			bars.add(bar(e.getKey(), e.getValue(), max, color, y, locale));
			y += ROW;
		}
		return new HBars(bars, Math.max(y, ROW));
	}

	private static HBar bar(String label, double value, double max, String color, int y, Locale locale) {
		double width = max <= 0 ? 0 : (WIDTH - LABEL - 60) * value / max;
		return new HBar(label, Format.number(value, locale), color, y, width, false);
	}

	/** Vertical columns over months (network members, participation); every label when few, else every third. */
	static Columns columns(List<Map.Entry<String, Integer>> values, String color) {
		int height = 160;
		int max = values.stream().mapToInt(Map.Entry::getValue).max().orElse(0);
		List<Column> columns = new ArrayList<>();
		double slot = values.isEmpty() ? 0 : (double) (WIDTH - 40) / values.size();
		for (int i = 0; i < values.size(); i++) {
			Map.Entry<String, Integer> e = values.get(i);
			double h = max <= 0 ? 0 : (height - 40.0) * e.getValue() / max;
			columns.add(new Column(e.getKey(), e.getValue(), 30 + i * slot + slot * 0.1, height - 20 - h, slot * 0.8, h,
					values.size() <= 12 || i % 3 == 0));
		}
		return new Columns(columns, height, max, color);
	}

	/** Tasks as bars between their window's first and last day, the work itself darker. */
	static Timeline timeline(List<NeighbourhoodDashboard.TaskRow> tasks) {
		if (tasks.isEmpty()) {
			return new Timeline(List.of(), List.of(), ROW);
		}
		LocalDate from = tasks.stream().map(NeighbourhoodDashboard.TaskRow::earliestStart).min(LocalDate::compareTo)
				.orElseThrow().withDayOfYear(1);
		LocalDate to = tasks.stream().map(t -> t.latestEnd().isAfter(t.end()) ? t.latestEnd() : t.end())
				.max(LocalDate::compareTo).orElseThrow().withDayOfYear(1).plusYears(1);
		double days = ChronoUnit.DAYS.between(from, to);
		double scale = (WIDTH - LABEL - 10) / days;
		List<Span> spans = new ArrayList<>();
		int y = ROW;
		for (NeighbourhoodDashboard.TaskRow t : tasks) {
			double wx = LABEL + ChronoUnit.DAYS.between(from, t.earliestStart()) * scale;
			double ww = Math.max(1, (ChronoUnit.DAYS.between(t.earliestStart(), t.latestEnd()) + 1) * scale);
			double sx = LABEL + ChronoUnit.DAYS.between(from, t.start()) * scale;
			double sw = Math.max(2, (ChronoUnit.DAYS.between(t.start(), t.end()) + 1) * scale);
			spans.add(new Span(t.id() + " " + t.title(), y, wx, ww, sx, sw, t.coupled()));
			y += ROW;
		}
		List<Tick> ticks = new ArrayList<>();
		long years = ChronoUnit.YEARS.between(from, to);
		for (LocalDate d = from; d.isBefore(to); d = d.plusYears(years > 12 ? 2 : 1)) {
			ticks.add(new Tick(String.valueOf(d.getYear()), LABEL + ChronoUnit.DAYS.between(from, d) * scale));
		}
		return new Timeline(spans, ticks, y);
	}
}
