package nl.wijkatelier.planning.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.wijkatelier.planning.Explanation;
import nl.wijkatelier.planning.ScenarioFigures;
import nl.wijkatelier.planning.Scenarios;
import nl.wijkatelier.shared.Money;

/** The view models of the scenario and compare pages, the exports and the API: rows, explanations, the budget chart. */
@Component
class ScenarioViews {

	/** Package colours of the timeline; each bar also carries its package's number as text. */
	private static final String[] COLOURS = {"#1f5f9e", "#b3401a", "#2e7d32", "#6a3d9a", "#8a5a00", "#00727a",
			"#a0185a", "#4a5a1a"};
	/** Scenario A's and B's bars in the budget chart; both have at least 3:1 contrast on white (WCAG 1.4.11). */
	static final String COLOUR_A = "#01689b";
	static final String COLOUR_B = "#b3401a";

	/**
	 * One task of a scenario as the pages, the PDF and the API show it.
	 *
	 * @param packageNumber its package's number, 0 when it runs on its own
	 * @param explanation why it starts then, in the reader's language, opening with its package
	 * @param leftPercent where its bar starts on the timeline, percent of the scenario's whole span
	 */
	record Row(Scenarios.Start start, int packageNumber, String explanation, double leftPercent, double widthPercent,
			String colour) {
	}

	/** A pot's spending in one year under both scenarios, against the year's amount (all euro cents). */
	record BudgetRow(String pot, String portfolioHolder, int year, long amountCents, long spentACents, long spentBCents) {
	}

	/**
	 * One pot's bar chart (SVG user units; the viewBox is {@value #CHART_WIDTH} wide): per year a bar for A and for
	 * B, and a line at the year's amount.
	 */
	record BudgetChart(String pot, String portfolioHolder, String id, int height, List<ChartYear> years,
			String description, List<BudgetRow> rows) {
	}

	record ChartYear(int year, double x, double groupWidth, double barWidth, double yA, double heightA, double yB,
			double heightB, double yAmount, boolean overA, boolean overB) {
	}

	/** Two scenarios side by side. */
	record Comparison(Side a, Side b, List<BudgetRow> budget) {
	}

	record Side(UUID id, String name, ScenarioFigures figures) {
	}

	static final int CHART_WIDTH = 600;
	private static final int CHART_HEIGHT = 180;
	private static final int AXIS = 24;
	private static final int TOP = 10;

	private final MessageSource messages;

	ScenarioViews(MessageSource messages) {
		this.messages = messages;
	}

	String explain(Scenarios.Start start, int packageNumber, Locale locale) {
		String why = messages.getMessage("planning.reason." + start.reason(),
				Explanation.arguments(start.reasonDetail()).toArray(), start.reason(), locale);
		if (packageNumber == 0) {
			return messages.getMessage("planning.explain.alone", new Object[] {why}, locale);
		}
		return messages.getMessage(start.ridesAlong() ? "planning.explain.riding" : "planning.explain.package",
				new Object[] {packageNumber, why}, locale);
	}

	List<Row> rows(Scenarios.Scenario s, ScenarioFigures figures, Locale locale) {
		if (s.starts().isEmpty()) {
			return List.of();
		}
		Map<String, Integer> numbers = figures.packageNumbers();
		LocalDate first = s.starts().stream().map(Scenarios.Start::start).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = s.starts().stream().map(Scenarios.Start::end).max(LocalDate::compareTo).orElseThrow();
		double span = ChronoUnit.DAYS.between(first, last) + 1.0;
		List<Row> rows = new ArrayList<>();
		for (Scenarios.Start start : s.starts()) {
			int number = start.packageFirst().map(p -> numbers.getOrDefault(p, 0)).orElse(0);
			String colour = number == 0 ? "#6b6b6b" : COLOURS[(number - 1) % COLOURS.length];
			double left = ChronoUnit.DAYS.between(first, start.start()) / span * 100;
			double width = Math.max(0.5, start.durationDays() / span * 100);
			rows.add(new Row(start, number, explain(start, number, locale), Math.round(left * 10) / 10.0,
					Math.round(width * 10) / 10.0, colour));
		}
		return rows;
	}

	static Comparison compare(Scenarios.Scenario a, Scenarios.Scenario b) {
		return new Comparison(side(a), side(b), budget(a, b));
	}

	static Side side(Scenarios.Scenario s) {
		return new Side(s.summary().id(), s.summary().name(), ScenarioFigures.of(s));
	}

	/** Every pot and year either scenario has, with both scenarios' spending; a missing row spends 0. */
	static List<BudgetRow> budget(Scenarios.Scenario a, Scenarios.Scenario b) {
		Map<String, String> holders = new HashMap<>();
		a.pots().forEach(p -> holders.put(p.name(), p.portfolioHolder()));
		b.pots().forEach(p -> holders.putIfAbsent(p.name(), p.portfolioHolder()));
		Map<String, TreeMap<Integer, long[]>> cells = new TreeMap<>();
		for (Scenarios.PotYear y : a.budget()) {
			long[] cell = cells.computeIfAbsent(y.pot(), k -> new TreeMap<>()).computeIfAbsent(y.year(), k -> new long[3]);
			cell[0] = Math.max(cell[0], y.amountCents());
			cell[1] = y.spentCents();
		}
		for (Scenarios.PotYear y : b.budget()) {
			long[] cell = cells.computeIfAbsent(y.pot(), k -> new TreeMap<>()).computeIfAbsent(y.year(), k -> new long[3]);
			cell[0] = Math.max(cell[0], y.amountCents());
			cell[2] = y.spentCents();
		}
		List<BudgetRow> rows = new ArrayList<>();
		cells.forEach((pot, years) -> years.forEach((year, cell) -> rows.add(
				new BudgetRow(pot, holders.getOrDefault(pot, ""), year, cell[0], cell[1], cell[2]))));
		return rows;
	}

	List<BudgetChart> charts(Comparison comparison, Locale locale) {
		Map<String, List<BudgetRow>> byPot = new TreeMap<>();
		comparison.budget().forEach(r -> byPot.computeIfAbsent(r.pot(), k -> new ArrayList<>()).add(r));
		List<BudgetChart> charts = new ArrayList<>();
		int index = 0;
		for (Map.Entry<String, List<BudgetRow>> entry : byPot.entrySet()) {
			List<BudgetRow> rows = entry.getValue();
			long max = 1;
			for (BudgetRow r : rows) {
				max = Math.max(max, Math.max(r.amountCents(), Math.max(r.spentACents(), r.spentBCents())));
			}
			double plot = CHART_HEIGHT - AXIS - TOP;
			double group = (CHART_WIDTH - 10.0) / rows.size();
			double bar = Math.min(28, group * 0.36);
			List<ChartYear> years = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				BudgetRow r = rows.get(i);
				double hA = r.spentACents() * plot / max;
				double hB = r.spentBCents() * plot / max;
				double yAmount = TOP + plot - r.amountCents() * plot / max;
				boolean oA = r.spentACents() > r.amountCents();
				boolean oB = r.spentBCents() > r.amountCents();
				years.add(new ChartYear(r.year(), round(5 + i * group), round(group), round(bar), round(TOP + plot - hA),
						round(hA), round(TOP + plot - hB), round(hB), round(yAmount), oA, oB));
			}
			long spentA = rows.stream().mapToLong(BudgetRow::spentACents).sum();
			long spentB = rows.stream().mapToLong(BudgetRow::spentBCents).sum();
			long amount = rows.stream().mapToLong(BudgetRow::amountCents).sum();
			String description = messages.getMessage("planning.chart.description", new Object[] {entry.getKey(),
					comparison.a().name(), Money.ofCents(spentA).formatWhole(locale), comparison.b().name(),
					Money.ofCents(spentB).formatWhole(locale), Money.ofCents(amount).formatWhole(locale),
					rows.get(0).year(), rows.get(rows.size() - 1).year()}, locale);
			charts.add(new BudgetChart(entry.getKey(), rows.get(0).portfolioHolder(), "pot-chart-" + (++index),
					CHART_HEIGHT, years, description, rows));
		}
		return charts;
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}
}
