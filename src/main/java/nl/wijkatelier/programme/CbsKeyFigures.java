package nl.wijkatelier.programme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import nl.wijkatelier.shared.CbsCode;

/**
 * The CBS 2024 key figures of every municipality (GM) and district (WK) in the Netherlands, shipped with the
 * application ({@code data/cbs-kwb-2024.csv}) and held in memory (about 3,700 rows), and the names CBS gives the
 * regions of the demo programme's four municipalities ({@code data/cbs-gebieden-2024.csv}: Apeldoorn, Arnhem,
 * Nijmegen and Wageningen with all their wijken, and the buurten of Arnhem). CBS publishes no figures of buurten in
 * the shipped table, so a buurt has a name here but no figures.
 */
@Service
public class CbsKeyFigures {

	private static final String RESOURCE = "data/cbs-kwb-2024.csv";
	private static final String NAMES = "data/cbs-gebieden-2024.csv";

	private final Map<String, KeyFigures> byCode;
	private final Map<String, String> names;

	public CbsKeyFigures() {
		this.byCode = load();
		this.names = loadNames();
	}

	/** The name CBS gives the region (2024 classification); empty for a region outside the shipped names. */
	public Optional<String> name(CbsCode code) {
		return Optional.ofNullable(names.get(code.value()));
	}

	/** The code with its name as people read it, {@code WK020202 — Spijkerkwartier}; the bare code when unnamed. */
	public String label(CbsCode code) {
		return name(code).map(n -> code.value() + " \u2014 " + n).orElse(code.value());
	}

	public Optional<KeyFigures> of(CbsCode code) {
		return Optional.ofNullable(byCode.get(code.value()));
	}

	/**
	 * The figures of several areas together (the buurten of an initiative that spans several): counts and areas are
	 * summed; the density is not summed or averaged but recomputed as all inhabitants over all land, the way CBS
	 * defines it (inhabitants per km² of land), which weights each area by its land area. A figure withheld for any
	 * of the areas is empty for the whole, so a sum never silently leaves a part out. Empty when an area has no
	 * figures in the shipped table (buurten: see docs), the figures then being those of no area at all.
	 */
	public Optional<KeyFigures> of(List<CbsCode> codes) {
		if (codes.isEmpty()) {
			return Optional.empty();
		}
		List<KeyFigures> parts = new ArrayList<>();
		for (CbsCode code : codes) {
			Optional<KeyFigures> part = of(code);
			if (part.isEmpty()) {
				return Optional.empty();
			}
			parts.add(part.get());
		}
		if (parts.size() == 1) {
			return Optional.of(parts.get(0));
		}
		OptionalLong inhabitants = sum(parts, KeyFigures::inhabitants);
		OptionalLong land = sum(parts, KeyFigures::areaLandHa);
		OptionalLong density = inhabitants.isPresent() && land.isPresent() && land.getAsLong() > 0
				? OptionalLong.of(Math.round(inhabitants.getAsLong() / (land.getAsLong() / 100.0)))
				: OptionalLong.empty();
		return Optional.of(new KeyFigures(codes.get(0), inhabitants, sum(parts, KeyFigures::men),
				sum(parts, KeyFigures::women), density, sum(parts, KeyFigures::homes), sum(parts, KeyFigures::areaTotalHa),
				land, sum(parts, KeyFigures::areaWaterHa)));
	}

	private static OptionalLong sum(List<KeyFigures> parts, Function<KeyFigures, OptionalLong> figure) {
		long total = 0;
		for (KeyFigures part : parts) {
			OptionalLong value = figure.apply(part);
			if (value.isEmpty()) {
				return OptionalLong.empty();
			}
			total += value.getAsLong();
		}
		return OptionalLong.of(total);
	}

	/**
	 * Whether CBS knows the region. Buurt codes are not in the shipped table, so a buurt counts as known when
	 * its district is.
	 */
	public boolean knows(CbsCode code) {
		CbsCode lookup = code.district().orElse(code);
		return byCode.containsKey(lookup.value());
	}

	private static Map<String, KeyFigures> load() {
		Map<String, KeyFigures> figures = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#") || line.startsWith("code,") || line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", -1);
				CbsCode code = new CbsCode(cells[0]);
				figures.put(code.value(), new KeyFigures(code, number(cells[1]), number(cells[2]), number(cells[3]),
						number(cells[4]), number(cells[5]), number(cells[6]), number(cells[7]), number(cells[8])));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
		return Map.copyOf(figures);
	}

	private static Map<String, String> loadNames() {
		Map<String, String> named = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(NAMES).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#") || line.startsWith("code,") || line.isBlank()) {
					continue;
				}
				int comma = line.indexOf(',');
				named.put(new CbsCode(line.substring(0, comma)).value(), line.substring(comma + 1).trim());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + NAMES, ex);
		}
		return Map.copyOf(named);
	}

	private static OptionalLong number(String cell) {
		return cell.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(cell.trim()));
	}
}
