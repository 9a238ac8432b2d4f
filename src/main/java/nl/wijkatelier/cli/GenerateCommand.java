package nl.wijkatelier.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import nl.wijkatelier.works.BudgetPotCsv;
import nl.wijkatelier.works.SyntheticPortfolio;

/** {@code generate}: writes a synthetic municipal portfolio (GeoJSON) and optionally its pots (CSV). */
final class GenerateCommand {

	static final Set<String> OPTIONS = Set.of("tasks", "seed", "out", "crs", "pots", "density");

	private GenerateCommand() {
	}

	static int run(Cli.Options options, PrintStream out, PrintStream err) {
		int count = (int) options.number("tasks", 0, 1, 10_000_000);
		if (!options.values().containsKey("tasks")) {
			throw new Cli.BadUsage("option --tasks is required");
		}
		long seed = options.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
		double density = density(options.get("density", "1"));
		String crs = options.get("crs", "wgs84");
		if (!crs.equals("wgs84") && !crs.equals("rd")) {
			throw new Cli.BadUsage("--crs is wgs84 or rd");
		}
		try {
			if (options.values().containsKey("out")) {
				try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(Path.of(options.required("out"))), 1 << 16)) {
					SyntheticPortfolio.write(count, seed, density, crs.equals("rd"), file);
				}
			}
			else {
				SyntheticPortfolio.write(count, seed, density, crs.equals("rd"), out);
				out.flush();
			}
			if (options.values().containsKey("pots")) {
				try (OutputStream file = Files.newOutputStream(Path.of(options.required("pots")))) {
					BudgetPotCsv.write(SyntheticPortfolio.pots(), file);
				}
			}
			return Cli.OK;
		}
		catch (IOException ex) {
			err.println("cannot write: " + ex.getMessage());
			return Cli.BAD_INPUT;
		}
	}

	private static double density(String value) {
		double density;
		try {
			density = Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			density = Double.NaN;
		}
		if (!(density >= 1 && density <= SyntheticPortfolio.MAX_DENSITY)) {
			throw new Cli.BadUsage("--density is a number from 1 (a city's register, the default) to "
					+ (long) SyntheticPortfolio.MAX_DENSITY + " (times as many tasks per city block), not " + value);
		}
		return density;
	}
}
