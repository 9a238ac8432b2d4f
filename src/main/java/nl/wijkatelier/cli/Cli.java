package nl.wijkatelier.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command-line entry points. Exit codes: 0 success, 2 bad input (unknown options, unreadable or invalid
 * files; the errors go to standard error, one a line), 1 an unexpected failure.
 */
public final class Cli {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int BAD_INPUT = 2;
	/** {@code plan} only: no schedule meets the hard rules. */
	public static final int NO_SCHEDULE = 3;

	private static final Set<String> COMMANDS = Set.of("couple", "generate", "plan", "help");

	private Cli() {
	}

	/** Whether the first argument names a command, so {@code main} runs the command line instead of the server. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		try {
			return switch (args[0]) {
				case "couple" -> CoupleCommand.run(Options.parse(rest, CoupleCommand.OPTIONS, CoupleCommand.FLAGS), out, err);
				case "plan" -> PlanCommand.run(Options.parse(rest, PlanCommand.OPTIONS, Set.of()), out, err);
				case "generate" -> GenerateCommand.run(Options.parse(rest, GenerateCommand.OPTIONS, Set.of()), out, err);
				default -> {
					out.println(usage());
					yield OK;
				}
			};
		}
		catch (BadUsage ex) {
			err.println(ex.getMessage());
			err.println(usage());
			return BAD_INPUT;
		}
	}

	static String usage() {
		return """
				usage:
				  couple --tasks FILE.geojson [--pots FILE.csv] [--format json|csv|geojson|html] [--out FILE] [--timings]
				         [--street-buffer METRES] [--other-buffer METRES] [--lang nl|en] [--input geojson|wior|register]
				         [--mapping WORK-TYPES.csv]
				         with --input register: --register NAME --id-field P --type-field P --start-field P --end-field P
				         --title-field P [--owner-field P] [--date-pattern dd-MM-yy] [--crs auto|wgs84|rd]
				  plan --tasks FILE.geojson [--pots FILE.csv] [--seconds N] [--granularity day|week|month]
				       [--shift-cost EUROS] [--value-weight EUROS_PER_POINT] [--nuisance-cost EUROS_PER_DAY]
				       [--format json|csv|html] [--out FILE] [--curve FILE.csv] [--seed S]
				       [--searches N]   (N local searches side by side, one thread each; the best is kept)
				  generate --tasks N [--seed S] [--out FILE] [--crs wgs84|rd] [--pots FILE.csv]
				           [--density D]   (1 to 10000 times as many tasks per city block; 30 at 2,000 tasks gives
				                            some 35,000 coupling candidate pairs, nearly all tasks in one group)""";
	}

	/** Wrong options or values. */
	static final class BadUsage extends RuntimeException {
		BadUsage(String message) {
			super(message);
		}
	}

	/** {@code --name value} options and {@code --flag} switches. */
	record Options(Map<String, String> values, Set<String> flags) {

		static Options parse(List<String> args, Set<String> known, Set<String> knownFlags) {
			Map<String, String> values = new HashMap<>();
			HashSet<String> flags = new HashSet<>();
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				if (!arg.startsWith("--")) {
					throw new BadUsage("unexpected argument: " + arg);
				}
				String name = arg.substring(2);
				if (knownFlags.contains(name)) {
					flags.add(name);
				}
				else if (known.contains(name)) {
					if (i + 1 >= args.size()) {
						throw new BadUsage("option --" + name + " needs a value");
					}
					values.put(name, args.get(++i));
				}
				else {
					throw new BadUsage("unknown option: " + arg);
				}
			}
			return new Options(values, Set.copyOf(flags));
		}

		String required(String name) {
			String value = values.get(name);
			if (value == null) {
				throw new BadUsage("option --" + name + " is required");
			}
			return value;
		}

		String get(String name, String fallback) {
			return values.getOrDefault(name, fallback);
		}

		long number(String name, long fallback, long min, long max) {
			String value = values.get(name);
			if (value == null) {
				return fallback;
			}
			try {
				long n = Long.parseLong(value);
				if (n < min || n > max) {
					throw new BadUsage("--" + name + " must be between " + min + " and " + max);
				}
				return n;
			}
			catch (NumberFormatException ex) {
				throw new BadUsage("--" + name + " must be a whole number, not " + value);
			}
		}

		double decimal(String name, double fallback) {
			String value = values.get(name);
			if (value == null) {
				return fallback;
			}
			try {
				double d = Double.parseDouble(value);
				if (!(d >= 0 && d <= 1000)) {
					throw new BadUsage("--" + name + " must be 0 to 1000 metres");
				}
				return d;
			}
			catch (NumberFormatException ex) {
				throw new BadUsage("--" + name + " must be a number, not " + value);
			}
		}

		Locale locale() {
			return Locale.forLanguageTag(get("lang", "en"));
		}
	}
}
