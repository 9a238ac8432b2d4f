package nl.wijkatelier.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.BudgetPotCsv;
import nl.wijkatelier.works.CouplingEngine;
import nl.wijkatelier.works.CouplingJson;
import nl.wijkatelier.works.CouplingResult;
import nl.wijkatelier.works.CouplingRule;
import nl.wijkatelier.works.GeoJsonTaskReader;
import nl.wijkatelier.works.ImportError;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.PortfolioImportException;
import nl.wijkatelier.works.RegisterFeatures;
import nl.wijkatelier.works.RegisterSource;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.WiorTasks;
import nl.wijkatelier.works.WorkTypeMapping;

/**
 * {@code couple}: reads a portfolio, finds its coupling candidates, clusters and near misses, and writes them as
 * JSON (issue 4's shape), CSV, GeoJSON or an HTML report. {@code --timings} prints {@code phase=read ms=12} lines
 * for read, index, join and write to standard error.
 */
final class CoupleCommand {

	static final Set<String> OPTIONS = Set.of("tasks", "pots", "format", "out", "street-buffer", "other-buffer", "lang",
			"input", "mapping", "register", "id-field", "type-field", "owner-field", "start-field", "end-field",
			"title-field", "date-pattern", "crs");
	static final Set<String> FLAGS = Set.of("timings");

	private CoupleCommand() {
	}

	static int run(Cli.Options options, PrintStream out, PrintStream err) {
		String format = options.get("format", "json");
		if (!Set.of("json", "csv", "geojson", "html").contains(format)) {
			throw new Cli.BadUsage("--format is json, csv, geojson or html");
		}
		CouplingRule rule = CouplingRule.withBuffers(
				options.decimal("street-buffer", CouplingRule.DEFAULT_STREET_OPENING_BUFFER_METRES),
				options.decimal("other-buffer", CouplingRule.DEFAULT_OTHER_BUFFER_METRES));
		Locale locale = options.locale();
		String input = options.get("input", "geojson");
		if (!input.equals("geojson") && !input.equals("wior") && !input.equals("register")) {
			throw new Cli.BadUsage("--input is geojson, wior or register");
		}
		if (input.equals("register") && !options.values().containsKey("mapping")) {
			throw new Cli.BadUsage("--input register needs --mapping (the register's work type table)");
		}
		boolean timings = options.flags().contains("timings");
		long started = System.nanoTime();
		List<Task> tasks;
		List<BudgetPot> pots = List.of();
		try {
			Path tasksFile = Path.of(options.required("tasks"));
			tasks = switch (input) {
				case "wior" -> read(tasksFile, in -> WiorTasks.read(in, mapping(options)));
				case "register" -> read(tasksFile, in -> registerTasks(in, options, mapping(options)));
				default -> GeoJsonTaskReader.read(tasksFile);
			};
			if (options.values().containsKey("pots")) {
				pots = read(Path.of(options.required("pots")), in -> BudgetPotCsv.read(in));
				List<ImportError> unknown = BudgetPotCsv.checkFunding(tasks, pots);
				if (!unknown.isEmpty()) {
					throw new PortfolioImportException(unknown);
				}
			}
		}
		catch (PortfolioImportException ex) {
			for (ImportError error : ex.errors()) {
				err.println(error.describe(locale));
			}
			err.println(ex.errors().size() + " error(s); nothing was read.");
			return Cli.BAD_INPUT;
		}
		catch (IOException ex) {
			err.println("cannot read " + (ex instanceof NoSuchFileException ? "(no such file) " : "") + ex.getMessage());
			return Cli.BAD_INPUT;
		}
		started = phase(timings, err, "read", started);
		CouplingEngine engine = new CouplingEngine(rule);
		CouplingEngine.SpatialIndex index = CouplingEngine.index(tasks);
		started = phase(timings, err, "index", started);
		CouplingResult result = engine.couple(index);
		started = phase(timings, err, "join", started);
		try {
			OutputStream target = options.values().containsKey("out")
					? Files.newOutputStream(Path.of(options.required("out")))
					: new FilterOutputStream(out) {
						@Override
						public void close() throws IOException {
							flush();
						}
					};
			try (OutputStream buffered = new BufferedOutputStream(target, 1 << 16)) {
				switch (format) {
					case "csv" -> ResultFormats.csv(result, buffered);
					case "geojson" -> ResultFormats.geojson(result, tasks, buffered);
					case "html" -> ResultFormats.html(result, new Portfolio(tasks, pots), locale, buffered);
					default -> CouplingJson.write(result, buffered);
				}
			}
		}
		catch (IOException ex) {
			err.println("cannot write: " + ex.getMessage());
			return Cli.BAD_INPUT;
		}
		phase(timings, err, "write", started);
		return Cli.OK;
	}

	/** The same work type mapping as the web application's: the shipped defaults, or an exported table. */
	private static WorkTypeMapping mapping(Cli.Options options) throws IOException {
		return options.values().containsKey("mapping")
				? WorkTypeMapping.read(Files.readString(Path.of(options.required("mapping"))))
				: WorkTypeMapping.wiorDefaults();
	}

	/**
	 * Another register's GeoJSON with the properties named by the options; skipped features are left out (and
	 * counted on standard error), every task belongs to the register.
	 */
	private static List<Task> registerTasks(InputStream in, Cli.Options options, WorkTypeMapping mapping) {
		String crs = options.get("crs", "auto");
		if (!RegisterSource.isCrs(crs)) {
			throw new Cli.BadUsage("--crs: " + ImportError.file("crs", "source.badCrs", crs).reason(options.locale()));
		}
		RegisterSource source = new RegisterSource(options.required("register"), options.required("id-field"),
				options.required("type-field"), options.get("owner-field", ""), options.required("start-field"),
				options.required("end-field"), options.required("title-field"), options.get("date-pattern", ""),
				RegisterSource.crs(crs));
		try {
			source.check(new Checks()).throwIfAny();
		}
		catch (InvalidInputException ex) {
			throw new Cli.BadUsage(ex.violations().stream().map(v -> "--"
					+ v.field().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + ": "
					+ ImportError.file(v.field(), v.messageKey().replaceFirst("^works\\.error\\.", ""),
							v.arguments().toArray()).reason(options.locale()))
					.collect(Collectors.joining("; ")));
		}
		WiorTasks.Reading reading = RegisterFeatures.read(in, source, mapping,
				RegisterFeatures.Owners.always(source.key()), Optional.empty());
		return reading.tasks().stream().map(WiorTasks.RegisterTask::task).toList();
	}

	private interface FileReader<T> {
		T read(InputStream in) throws IOException;
	}

	private static <T> T read(Path path, FileReader<T> reader) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
			return reader.read(in);
		}
	}

	private static long phase(boolean timings, PrintStream err, String name, long since) {
		long now = System.nanoTime();
		if (timings) {
			err.println("phase=" + name + " ms=" + (now - since) / 1_000_000);
		}
		return now;
	}

}
