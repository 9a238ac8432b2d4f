package nl.wijkatelier.works;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import nl.wijkatelier.shared.CsvFiles;
import nl.wijkatelier.shared.Money;
import nl.wijkatelier.shared.SpreadsheetCells;

/**
 * Budget pots as CSV, one row per pot per year: {@code pot,owner,portfolioHolder,year,amount,themes,taskTypes,
 * deadline}; lists inside a cell separated by {@code ;}, {@code deadline} an ISO date or empty, amounts in
 * euros. The rows of one pot must agree on owner, portfolio holder, themes, task types and deadline. Reading is
 * all or nothing: {@link PortfolioImportException} lists every error with its line (the header is line 1).
 */
public final class BudgetPotCsv {

	public static final List<String> HEADER = List.of("pot", "owner", "portfolioHolder", "year", "amount", "themes",
			"taskTypes", "deadline");

	private BudgetPotCsv() {
	}

	private record Row(int line, String pot, String owner, String holder, int year, long cents, Set<String> themes,
			Set<TaskType> types, Optional<LocalDate> deadline) {
	}

	public static List<BudgetPot> read(InputStream in) {
		List<ImportError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		long[] lastLine = {0};
		// A file downloaded here, or saved by Excel, may start with a byte-order mark and, with Dutch settings, have
		// semicolons between its cells: both are read as well as the plain comma-separated file.
		String text;
		try {
			text = CsvFiles.withoutByteOrderMark(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		CsvFiles.Separator separator = CsvFiles.separatorOf(text);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator.character()).setHeader()
				.setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			List<String> missing = HEADER.stream().filter(h -> !parser.getHeaderNames().contains(h)).toList();
			if (!missing.isEmpty()) {
				errors.add(ImportError.line(1, null, String.join(",", missing), "missingColumns",
						String.join(", ", missing)));
				throw new PortfolioImportException(errors);
			}
			for (CSVRecord record : parser) {
				int line = (int) parser.getCurrentLineNumber();
				lastLine[0] = line;
				if (!record.isConsistent()) {
					errors.add(ImportError.line(line, null, "", "wrongColumnCount", record.size(), HEADER.size()));
					continue;
				}
				row(record, line, separator, errors).ifPresent(rows::add);
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			errors.add(lastLine[0] == 0 && (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException)
					? ImportError.line(1, null, "", "unreadableCsvHeader")
					: UnreadableFiles.csv(ex, lastLine[0]));
		}
		Map<String, List<Row>> byPot = new LinkedHashMap<>();
		rows.forEach(r -> byPot.computeIfAbsent(r.pot(), k -> new ArrayList<>()).add(r));
		List<BudgetPot> pots = new ArrayList<>();
		for (List<Row> potRows : byPot.values()) {
			Row first = potRows.get(0);
			TreeMap<Integer, Long> amounts = new TreeMap<>();
			for (Row r : potRows) {
				if (amounts.put(r.year(), r.cents()) != null) {
					errors.add(ImportError.line(r.line(), r.pot(), "year", "duplicateYear", r.year()));
				}
				if (!r.owner().equals(first.owner()) || !r.holder().equals(first.holder())
						|| !r.themes().equals(first.themes()) || !r.types().equals(first.types())
						|| !r.deadline().equals(first.deadline())) {
					errors.add(ImportError.line(r.line(), r.pot(), "pot", "inconsistentPot", first.line()));
				}
			}
			pots.add(new BudgetPot(first.pot(), first.owner(), first.holder(), amounts, first.themes(), first.types(),
					first.deadline()));
		}
		if (!errors.isEmpty()) {
			throw new PortfolioImportException(errors);
		}
		return pots;
	}

	private static Optional<Row> row(CSVRecord r, int line, CsvFiles.Separator separator, List<ImportError> errors) {
		int before = errors.size();
		String pot = text(r, "pot");
		TaskValidation v = new TaskValidation((field, code, args) -> errors.add(ImportError.line(line, pot, field,
				code, args)));
		if (pot.isEmpty()) {
			v.error("pot", "required");
		}
		else if (pot.length() > 100) {
			v.error("pot", "tooLong", 100);
		}
		else {
			v.text("pot", pot, 100);
		}
		if (text(r, "owner").isEmpty()) {
			v.error("owner", "required");
		}
		else {
			v.text("owner", text(r, "owner"), 200);
		}
		if (text(r, "portfolioHolder").isEmpty()) {
			v.error("portfolioHolder", "required");
		}
		else {
			v.text("portfolioHolder", text(r, "portfolioHolder"), 200);
		}
		int year = 0;
		try {
			year = Integer.parseInt(r.get("year"));
			if (year < 2000 || year > 2100) {
				v.error("year", "badYear", r.get("year"));
			}
		}
		catch (NumberFormatException ex) {
			v.error("year", "badYear", r.get("year"));
		}
		// A semicolon file is one for Dutch settings, where the comma is the decimal sign (1250,50).
		String amount = separator == CsvFiles.Separator.SEMICOLON ? r.get("amount").replace(',', '.') : r.get("amount");
		long cents = v.cents("amount", amount).orElse(0L);
		if (cents < 0) {
			v.error("amount", "negative");
		}
		Set<String> themes = new LinkedHashSet<>();
		for (String theme : split(r.get("themes"))) {
			String code = theme.toUpperCase(Locale.ROOT);
			if (!TaskValidation.isThemeCode(code)) {
				v.error("themes", "badTheme", theme);
			}
			themes.add(code);
		}
		Set<TaskType> types = new LinkedHashSet<>();
		for (String type : split(r.get("taskTypes"))) {
			try {
				types.add(TaskType.valueOf(type.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				v.error("taskTypes", "unknownType", type);
			}
		}
		Optional<LocalDate> deadline = Optional.empty();
		if (!r.get("deadline").isEmpty()) {
			deadline = TaskValidation.date(r.get("deadline"));
			if (deadline.isEmpty()) {
				v.error("deadline", "badDate", r.get("deadline"));
			}
		}
		if (errors.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new Row(line, pot, text(r, "owner"), text(r, "portfolioHolder"), year, cents, themes, types,
				deadline));
	}

	/** A text cell, without the apostrophe {@link #write} puts before text a spreadsheet could take for a formula. */
	private static String text(CSVRecord r, String column) {
		return SpreadsheetCells.read(r.get(column));
	}

	private static List<String> split(String cell) {
		return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	/** Writes the pots as a plain comma-separated UTF-8 file without byte-order mark (the command line's files). */
	public static void write(List<BudgetPot> pots, OutputStream out) {
		write(pots, new OutputStreamWriter(out, StandardCharsets.UTF_8), CsvFiles.Separator.COMMA);
	}

	/** Writes the pots as a download: UTF-8 with byte-order mark, cells separated as asked ({@link CsvFiles}). */
	public static void download(List<BudgetPot> pots, CsvFiles.Separator separator, OutputStream out) {
		try {
			write(pots, CsvFiles.writer(out), separator);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(List<BudgetPot> pots, Writer writer, CsvFiles.Separator separator) {
		try {
			CSVPrinter printer = new CSVPrinter(writer, CsvFiles.format(separator, HEADER.toArray(String[]::new)));
			for (BudgetPot pot : pots) {
				for (Map.Entry<Integer, Long> year : pot.amountsByYear().entrySet()) {
					printer.printRecord(CsvFiles.row(separator, pot.name(), pot.owner(), pot.portfolioHolder(), year.getKey(),
							Money.ofCents(year.getValue()).toFileText(),
							pot.themes().stream().sorted().collect(Collectors.joining(";")),
							pot.taskTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(";")),
							pot.deadline().map(LocalDate::toString).orElse("")));
				}
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Checks that every funding share names a known pot; the errors name the task's feature (1-based order). */
	public static List<ImportError> checkFunding(List<Task> tasks, List<BudgetPot> pots) {
		Set<String> names = pots.stream().map(BudgetPot::name).collect(Collectors.toSet());
		List<ImportError> errors = new ArrayList<>();
		for (int i = 0; i < tasks.size(); i++) {
			for (Funding f : tasks.get(i).funding()) {
				if (!names.contains(f.pot())) {
					errors.add(ImportError.feature(i + 1, tasks.get(i).id(), "funding", "unknownPot", f.pot()));
				}
			}
		}
		return errors;
	}
}
