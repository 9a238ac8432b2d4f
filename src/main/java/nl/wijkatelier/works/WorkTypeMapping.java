package nl.wijkatelier.works;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.wijkatelier.shared.SafeText;

/**
 * How a works register's own fields say what kind of work a record is: rules of field, value and outcome (a
 * {@link TaskType}, or skip). A value matches the whole field, trimmed and in any case, never a word inside it, so
 * "gas" can never match "Gasthuisstraat". A record is skipped when one of its fields has a value mapped to skip,
 * or when none of its values is mapped; otherwise it takes the type of the first matching rule, top to bottom.
 * The web application keeps one mapping per programme and register in the database; the command line uses the
 * defaults shipped in {@code works/wior-type-mapping.csv}, or a file in the same form.
 */
public record WorkTypeMapping(List<Rule> rules) {

	public static final String SKIP = "SKIP";
	private static final String DEFAULTS = "works/wior-type-mapping.csv";
	private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,99}");
	static final int VALUE_MAX = 200;

	/** One rule; {@code type} empty means: skip the record. */
	public record Rule(String field, String value, Optional<TaskType> type) {

		public String outcome() {
			return type.map(TaskType::name).orElse(SKIP);
		}

		boolean matches(Map<String, String> fields) {
			String actual = fields.get(field);
			return actual != null && actual.trim().toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT));
		}
	}

	/** What the mapping makes of one record. */
	public sealed interface Outcome {
	}

	public record Typed(TaskType type, Rule rule) implements Outcome {
	}

	/** Skipped by a rule. */
	public record SkippedByRule(Rule rule) implements Outcome {
	}

	/** Skipped because no rule knows any of the record's values of the mapped fields (shown to the reader). */
	public record Unmapped(Map<String, String> values) implements Outcome {
	}

	public WorkTypeMapping {
		rules = List.copyOf(rules);
	}

	/** The fields the rules read, in the order they first appear. */
	public List<String> fields() {
		return rules.stream().map(Rule::field).distinct().toList();
	}

	public Outcome classify(Map<String, String> fields) {
		for (Rule rule : rules) {
			if (rule.type().isEmpty() && rule.matches(fields)) {
				return new SkippedByRule(rule);
			}
		}
		for (Rule rule : rules) {
			if (rule.type().isPresent() && rule.matches(fields)) {
				return new Typed(rule.type().get(), rule);
			}
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : fields()) {
			values.put(field, fields.getOrDefault(field, ""));
		}
		return new Unmapped(values);
	}

	/** The mapping shipped with the application for Amsterdam's WIOR register. */
	public static WorkTypeMapping wiorDefaults() {
		try (InputStream in = WorkTypeMapping.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
			return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads rules written as CSV lines {@code field,value,outcome} (a header line {@code field,value,outcome} and
	 * lines starting with {@code #} are left out). All or nothing: every faulty line is reported.
	 */
	public static WorkTypeMapping read(String csv) {
		List<Rule> rules = new ArrayList<>();
		List<ImportError> errors = new ArrayList<>();
		String withoutComments = csv.lines().map(l -> l.startsWith("#") ? "" : l)
				.reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
				.parse(new StringReader(withoutComments))) {
			for (CSVRecord record : parser) {
				int line = (int) parser.getCurrentLineNumber();
				if (record.size() == 3 && record.get(0).equals("field") && record.get(2).equals("outcome")) {
					continue;
				}
				if (record.size() != 3) {
					errors.add(ImportError.line(line, "", "", "wrongColumnCount", record.size(), 3));
					continue;
				}
				rule(record.get(0), record.get(1), record.get(2), line, errors).ifPresent(rules::add);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			errors.add(UnreadableFiles.csv(ex, 0));
		}
		if (!errors.isEmpty()) {
			throw new PortfolioImportException(errors);
		}
		return new WorkTypeMapping(rules);
	}

	/** Checks one rule as typed; faults go to {@code errors} under the rule's line number. */
	public static Optional<Rule> rule(String field, String value, String outcome, int line, List<ImportError> errors) {
		int before = errors.size();
		if (field == null || !FIELD.matcher(field.trim()).matches()) {
			errors.add(ImportError.line(line, "", "field", "mapping.badField", field == null ? "" : field));
		}
		if (value == null || value.isBlank()) {
			errors.add(ImportError.line(line, "", "value", "required"));
		}
		else {
			SafeText.problem(value.trim(), VALUE_MAX).ifPresent(
					p -> errors.add(ImportError.line(line, "", "value", p.messageKey(), p.arguments().toArray())));
		}
		Optional<TaskType> type = Optional.empty();
		String o = outcome == null ? "" : outcome.trim().toUpperCase(Locale.ROOT);
		if (!o.equals(SKIP)) {
			try {
				type = Optional.of(TaskType.valueOf(o));
			}
			catch (IllegalArgumentException ex) {
				errors.add(ImportError.line(line, "", "outcome", "mapping.badOutcome", outcome == null ? "" : outcome));
			}
		}
		return errors.size() == before ? Optional.of(new Rule(field.trim(), value.trim(), type)) : Optional.empty();
	}

	/** The rules as the CSV {@link #read} takes, with a header line. */
	public String toCsv() {
		StringBuilder csv = new StringBuilder("field,value,outcome\n");
		for (Rule rule : rules) {
			csv.append(line(rule.field(), rule.value(), rule.outcome()));
		}
		return csv.toString();
	}

	/** One rule as a CSV line of {@link #read}'s form, ending in a line break. */
	public static String line(String field, String value, String outcome) {
		return cell(field) + ',' + cell(value) + ',' + outcome + '\n';
	}

	private static String cell(String text) {
		return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}
}
