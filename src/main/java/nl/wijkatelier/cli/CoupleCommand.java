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
import java.util.Set;

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
			"input", "mapping");
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
		if (!input.equals("geojson") && !input.equals("wior")) {
			throw new Cli.BadUsage("--input is geojson or wior");
		}
		boolean timings = options.flags().contains("timings");
		long started = System.nanoTime();
		List<Task> tasks;
		List<BudgetPot> pots = List.of();
		try {
			// the same work type mapping as the web application's: the shipped defaults, or an exported table
			WorkTypeMapping mapping = options.values().containsKey("mapping")
					? WorkTypeMapping.read(Files.readString(Path.of(options.required("mapping"))))
					: WorkTypeMapping.wiorDefaults();
			Path tasksFile = Path.of(options.required("tasks"));
			tasks = input.equals("wior") ? read(tasksFile, in -> WiorTasks.read(in, mapping))
					: GeoJsonTaskReader.read(tasksFile);
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
