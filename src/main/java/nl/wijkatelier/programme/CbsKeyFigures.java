package nl.wijkatelier.programme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import nl.wijkatelier.shared.CbsCode;

/**
 * The CBS 2024 key figures of every municipality (GM) and district (WK) in the Netherlands, shipped with the
 * application ({@code data/cbs-kwb-2024.csv}) and held in memory (about 3,700 rows).
 */
@Service
public class CbsKeyFigures {

	private static final String RESOURCE = "data/cbs-kwb-2024.csv";

	private final Map<String, KeyFigures> byCode;

	public CbsKeyFigures() {
		this.byCode = load();
	}

	public Optional<KeyFigures> of(CbsCode code) {
		return Optional.ofNullable(byCode.get(code.value()));
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

	private static OptionalLong number(String cell) {
		return cell.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(cell.trim()));
	}
}
