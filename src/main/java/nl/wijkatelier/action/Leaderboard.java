package nl.wijkatelier.action;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.programme.CbsKeyFigures;
import nl.wijkatelier.programme.KeyFigures;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * Ranks neighbourhoods and municipalities per template by households signed up, absolute and per 1,000
 * inhabitants (CBS key figures 2024). A neighbourhood without a known wijk code has no per-1,000 figure rather
 * than a wrong one; a municipality is compared with its own inhabitants.
 */
@Service
@Transactional(readOnly = true)
public class Leaderboard {

	/**
	 * One place on the board.
	 *
	 * @param id the neighbourhood id or municipality code
	 * @param quantity the total of the template's main field (e.g. tiles)
	 * @param perThousand households per 1,000 inhabitants; empty when CBS has no inhabitants for the place
	 */
	public record Row(String id, String name, String municipality, int actions, long households, long quantity,
			OptionalLong inhabitants, OptionalDouble perThousand, boolean example) {
	}

	public record Board(ActionTemplate template, List<Row> neighbourhoods, List<Row> municipalities) {
	}

	private final Actions actions;
	private final ProgrammeCatalog catalog;
	private final CbsKeyFigures keyFigures;

	Leaderboard(Actions actions, ProgrammeCatalog catalog, CbsKeyFigures keyFigures) {
		this.actions = actions;
		this.catalog = catalog;
		this.keyFigures = keyFigures;
	}

	public Board of(ActionTemplate template) {
		Map<String, long[]> byNeighbourhood = new LinkedHashMap<>();
		Map<String, Boolean> exampleOnly = new LinkedHashMap<>();
		String main = template.mainField().key();
		for (Action action : actions.ofTemplate(template)) {
			long[] sums = byNeighbourhood.computeIfAbsent(action.neighbourhoodId().toString(), k -> new long[3]);
			sums[0]++;
			sums[1] += action.households();
			sums[2] += actions.totals(action).of(main);
			exampleOnly.merge(action.neighbourhoodId().toString(), action.example(), Boolean::logicalAnd);
		}
		List<Row> neighbourhoods = new ArrayList<>();
		Map<String, long[]> byMunicipality = new LinkedHashMap<>();
		Map<String, String> municipalityNames = new LinkedHashMap<>();
		Map<String, Boolean> municipalityExample = new LinkedHashMap<>();
		byNeighbourhood.forEach((id, sums) -> {
			Optional<Neighbourhood> found = catalog.findNeighbourhood(NeighbourhoodId.of(id));
			if (found.isEmpty()) {
				return;
			}
			Neighbourhood n = found.get();
			// Only a wijk's own figures: a buurt or an unknown code gives no per-1,000 figure.
			OptionalLong inhabitants = n.code().filter(c -> c.level() == CbsCode.Level.DISTRICT)
					.flatMap(keyFigures::of).map(KeyFigures::inhabitants).orElse(OptionalLong.empty());
			neighbourhoods.add(row(id, n.name(), n.municipality(), sums, inhabitants, exampleOnly.get(id)));
			String municipality = n.municipalityCode().map(CbsCode::value).orElse(n.municipality());
			long[] m = byMunicipality.computeIfAbsent(municipality, k -> new long[3]);
			for (int i = 0; i < 3; i++) {
				m[i] += sums[i];
			}
			municipalityNames.putIfAbsent(municipality, n.municipality());
			municipalityExample.merge(municipality, exampleOnly.get(id), Boolean::logicalAnd);
		});
		List<Row> municipalities = new ArrayList<>();
		byMunicipality.forEach((code, sums) -> {
			OptionalLong inhabitants = code.startsWith("GM")
					? keyFigures.of(new CbsCode(code)).map(KeyFigures::inhabitants).orElse(OptionalLong.empty())
					: OptionalLong.empty();
			municipalities.add(row(code, municipalityNames.get(code), municipalityNames.get(code), sums, inhabitants,
					municipalityExample.get(code)));
		});
		Comparator<Row> ranking = Comparator.comparingLong(Row::households).reversed()
				.thenComparing(Row::name);
		neighbourhoods.sort(ranking);
		municipalities.sort(ranking);
		return new Board(template, List.copyOf(neighbourhoods), List.copyOf(municipalities));
	}

	private static Row row(String id, String name, String municipality, long[] sums, OptionalLong inhabitants,
			boolean example) {
		OptionalDouble perThousand = inhabitants.isPresent() && inhabitants.getAsLong() > 0
				? OptionalDouble.of(1000.0 * sums[1] / inhabitants.getAsLong())
				: OptionalDouble.empty();
		return new Row(id, name, municipality, (int) sums[0], sums[1], sums[2], inhabitants, perThousand, example);
	}
}
