package nl.wijkatelier.cli;

import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import nl.wijkatelier.planning.Conflict;
import nl.wijkatelier.planning.Evaluation;
import nl.wijkatelier.planning.Granularity;
import nl.wijkatelier.planning.NoScheduleException;
import nl.wijkatelier.planning.PlanInputError;
import nl.wijkatelier.planning.PlanInputException;
import nl.wijkatelier.planning.PlanPackage;
import nl.wijkatelier.planning.PlanProgress;
import nl.wijkatelier.planning.PlanResult;
import nl.wijkatelier.planning.PlanRun;
import nl.wijkatelier.planning.PlanSettings;
import nl.wijkatelier.planning.Planner;
import nl.wijkatelier.planning.PlanningProblem;
import nl.wijkatelier.shared.Money;
import nl.wijkatelier.shared.SpreadsheetCells;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.BudgetPotCsv;
import nl.wijkatelier.works.CouplingRule;
import nl.wijkatelier.works.GeoJsonTaskReader;
import nl.wijkatelier.works.ImportError;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.PortfolioImportException;
import nl.wijkatelier.works.Task;

/**
 * {@code plan}: reads a portfolio, proposes start dates for all tasks together (issue 5's model) and writes the
 * schedule, its packages, saving, shift penalty and objective beside the baseline's (every task at its preferred
 * start). Exit 0 on success, 2 on bad input, 3 when no schedule meets the hard rules (the conflicting rules and
 * tasks go to standard error). {@code --curve FILE} writes the best objective over time as CSV; {@code --searches N}
 * runs N local searches side by side (one thread each) and keeps the best schedule.
 */
final class PlanCommand {

	static final Set<String> OPTIONS = Set.of("tasks", "pots", "seconds", "granularity", "shift-cost", "format", "out",
			"lang", "curve", "seed", "searches", "street-buffer", "other-buffer", "value-weight", "nuisance-cost");

	private PlanCommand() {
	}

	static int run(Cli.Options options, PrintStream out, PrintStream err) {
		quietSolverLog();
		String format = options.get("format", "json");
		if (!Set.of("json", "csv", "html").contains(format)) {
			throw new Cli.BadUsage("--format is json, csv or html");
		}
		Granularity granularity;
		try {
			granularity = Granularity.parse(options.get("granularity", "week"));
		}
		catch (IllegalArgumentException ex) {
			throw new Cli.BadUsage("--granularity is day, week or month");
		}
		long seconds = options.number("seconds", 30, 1, 86_400);
		long seed = options.number("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE);
		int searches = (int) options.number("searches", 1, 1, 64);
		long shiftCents = shiftCostCents(options.get("shift-cost", "50"));
		long nuisanceCents = weightCents("nuisance-cost", options.get("nuisance-cost", "0"), "euros a street-open day");
		long valueCents = weightCents("value-weight", options.get("value-weight", "0"), "euros a point of integral value");
		// the fields of the weighed objective appear when a weight is asked for, so a plan by money alone reads as before
		boolean weighed = options.values().containsKey("value-weight") || options.values().containsKey("nuisance-cost");
		CouplingRule rule = CouplingRule.withBuffers(
				options.decimal("street-buffer", CouplingRule.DEFAULT_STREET_OPENING_BUFFER_METRES),
				options.decimal("other-buffer", CouplingRule.DEFAULT_OTHER_BUFFER_METRES));
		Locale locale = options.locale();
		List<Task> tasks;
		List<BudgetPot> pots = List.of();
		try {
			tasks = read(Path.of(options.required("tasks")), GeoJsonTaskReader::read);
			if (options.values().containsKey("pots")) {
				pots = read(Path.of(options.required("pots")), BudgetPotCsv::read);
			}
		}
		catch (PortfolioImportException ex) {
			for (ImportError error : ex.errors()) {
				err.println(error.describe(locale));
			}
			err.println(ex.errors().size() + " error(s); nothing was planned.");
			return Cli.BAD_INPUT;
		}
		catch (IOException ex) {
			err.println("cannot read " + (ex instanceof NoSuchFileException ? "(no such file) " : "") + ex.getMessage());
			return Cli.BAD_INPUT;
		}
		PlanResult result;
		PlanSettings settings = new PlanSettings(granularity, shiftCents, nuisanceCents, valueCents);
		try {
			PlanningProblem problem = PlanningProblem.prepare(new Portfolio(tasks, pots), rule, settings);
			result = Planner.plan(problem, new PlanRun(Duration.ofSeconds(seconds), Optional.empty(), seed)
					.withSearches(searches), p -> {
			});
		}
		catch (PlanInputException ex) {
			for (PlanInputError error : ex.errors()) {
				err.println(error.describe(locale));
			}
			err.println(ex.errors().size() + " error(s); nothing was planned.");
			return Cli.BAD_INPUT;
		}
		catch (NoScheduleException ex) {
			err.println("no schedule meets the hard rules (none found in " + seconds + " s; a longer run may find one"
					+ " unless the rules truly conflict); the best one breaks these rules for these tasks:");
			for (Conflict conflict : ex.conflicts()) {
				err.println(conflict.describe());
			}
			return Cli.NO_SCHEDULE;
		}
		try {
			if (options.values().containsKey("curve")) {
				writeCurve(result.curve(), Path.of(options.required("curve")));
			}
			try (OutputStream target = target(options, out)) {
				switch (format) {
					case "csv" -> csv(result, tasks, target);
					case "html" -> PlanReport.html(result, tasks, locale, target);
					default -> json(result, tasks, target, weighed ? Optional.of(settings) : Optional.empty());
				}
			}
		}
		catch (IOException ex) {
			err.println("cannot write: " + ex.getMessage());
			return Cli.BAD_INPUT;
		}
		return Cli.OK;
	}

	/** Standard output carries the result only: the solver's progress log is switched off outside Spring. */
	private static void quietSolverLog() {
		// the second of searches side by side finds the solver's gauges registered already, and says so once
		for (String name : List.of("ai.timefold", "io.micrometer.core.instrument.MeterRegistry")) {
			if (LoggerFactory.getLogger(name) instanceof Logger logger) {
				logger.setLevel(Level.ERROR);
			}
		}
	}

	private static final Money MAX_SHIFT_COST = Money.ofEuros(1_000_000);

	private static long shiftCostCents(String euros) {
		Money value;
		try {
			value = Money.parseFileText(euros);
		}
		catch (Money.UnreadableAmountException ex) {
			throw new Cli.BadUsage("--shift-cost must be a number of euros with a dot for decimals: " + ex.getMessage());
		}
		if (value.isNegative() || value.isMoreThan(MAX_SHIFT_COST)) {
			throw new Cli.BadUsage("--shift-cost is 0 to 1000000 euros a day, at most 2 decimals");
		}
		return value.cents();
	}

	/** A weight in euros with at most two decimals, 0 or more; its name in the message when it is not. */
	private static long weightCents(String option, String euros, String unit) {
		String rule = "--" + option + " is 0 or more " + unit + " (at most 1000000, at most 2 decimals)";
		try {
			BigDecimal value = new BigDecimal(euros.trim());
			if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0
					|| value.stripTrailingZeros().scale() > 2) {
				throw new Cli.BadUsage(rule + ", not " + euros);
			}
			return value.movePointRight(2).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new Cli.BadUsage(rule + ", not " + euros);
		}
	}

	private static OutputStream target(Cli.Options options, PrintStream out) throws IOException {
		if (options.values().containsKey("out")) {
			return Files.newOutputStream(Path.of(options.required("out")));
		}
		return new FilterOutputStream(out) {
			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

	/** Issue 5's JSON shape; amounts in euros. */
	static void json(PlanResult result, List<Task> tasks, OutputStream out) {
		json(result, tasks, out, Optional.empty());
	}

	/**
	 * @param weights when present, also write each package's and the plan's {@code integralValue} (points),
	 *        {@code streetOpenDays} and these {@code weights} (euros)
	 */
	static void json(PlanResult result, List<Task> tasks, OutputStream out, Optional<PlanSettings> weights) {
		boolean weighed = weights.isPresent();
		Evaluation schedule = result.schedule();
		Evaluation baseline = result.baseline();
		try (JsonGenerator gen = JsonMapper.builder().build().createGenerator(out)) {
			gen.writeStartObject();
			gen.writeName("schedule");
			gen.writeStartArray();
			for (Task task : tasks) {
				LocalDate start = schedule.starts().get(task.id());
				gen.writeStartObject();
				gen.writeStringProperty("id", task.id());
				gen.writeStringProperty("start", start.toString());
				gen.writeStringProperty("end", start.plusDays(task.durationDays() - 1L).toString());
				gen.writeEndObject();
			}
			gen.writeEndArray();
			gen.writeName("packages");
			gen.writeStartArray();
			for (PlanPackage p : schedule.packages()) {
				gen.writeStartObject();
				gen.writeName("tasks");
				gen.writeStartArray();
				for (String id : p.tasks()) {
					gen.writeString(id);
				}
				gen.writeEndArray();
				gen.writeName("saving");
				gen.writeNumber(Money.ofCents(p.savingCents()).toDecimal());
				if (weighed) {
					gen.writeNumberProperty("integralValue", p.integralValuePoints());
				}
				gen.writeEndObject();
			}
			gen.writeEndArray();
			amounts(gen, schedule, weighed);
			gen.writeNumberProperty("hardViolations", schedule.hardViolations());
			if (weighed) {
				gen.writeName("weights");
				gen.writeStartObject();
				gen.writeName("shiftCost");
				gen.writeNumber(Money.ofCents(weights.get().shiftCostCentsPerDay()).toDecimal());
				gen.writeName("nuisanceCost");
				gen.writeNumber(Money.ofCents(weights.get().nuisanceCostCentsPerDay()).toDecimal());
				gen.writeName("valueWeight");
				gen.writeNumber(Money.ofCents(weights.get().valueCentsPerPoint()).toDecimal());
				gen.writeEndObject();
			}
			gen.writeName("baseline");
			gen.writeStartObject();
			amounts(gen, baseline, weighed);
			gen.writeBooleanProperty("feasible", baseline.feasible());
			gen.writeEndObject();
			gen.writeEndObject();
		}
	}

	private static void amounts(JsonGenerator gen, Evaluation e, boolean weighed) {
		gen.writeName("totalSaving");
		gen.writeNumber(Money.ofCents(e.totalSavingCents()).toDecimal());
		gen.writeName("shiftPenalty");
		gen.writeNumber(Money.ofCents(e.shiftPenaltyCents()).toDecimal());
		if (weighed) {
			gen.writeNumberProperty("streetOpenDays", e.streetOpenDays());
			gen.writeNumberProperty("integralValue", e.integralValuePoints());
		}
		gen.writeName("objective");
		gen.writeNumber(Money.ofCents(e.objectiveCents()).toDecimal());
	}

	/** One row per task: {@code id,start,end,package,ridesAlong,shiftDays}; package is the first id of its package. */
	static void csv(PlanResult result, List<Task> tasks, OutputStream out) throws IOException {
		Map<String, PlanPackage> packageOf = new HashMap<>();
		for (PlanPackage p : result.schedule().packages()) {
			p.tasks().forEach(id -> packageOf.put(id, p));
		}
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
				.setHeader("id", "start", "end", "package", "ridesAlong", "shiftDays").get());
		for (Task task : tasks) {
			LocalDate start = result.schedule().starts().get(task.id());
			PlanPackage p = packageOf.get(task.id());
			long shift = task.preferredStart().map(d -> Math.abs(start.toEpochDay() - d.toEpochDay())).orElse(0L);
			csv.printRecord(SpreadsheetCells.row(task.id(), start, start.plusDays(task.durationDays() - 1L), p == null ? "" : p.tasks().get(0),
					p != null && p.riders().contains(task.id()), shift));
		}
		csv.flush();
	}

	private static void writeCurve(List<PlanProgress> curve, Path file) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write("elapsedMillis,hardPenalty,objectiveEuros\n");
			for (PlanProgress p : curve) {
				writer.write(p.elapsedMillis() + "," + p.hardPenalty() + ","
						+ Money.ofCents(p.objectiveCents()).toFileText() + "\n");
			}
		}
	}

	private interface FileReader<T> {
		T read(InputStream in) throws IOException;
	}

	private static <T> T read(Path path, FileReader<T> reader) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
			return reader.read(in);
		}
	}
}
