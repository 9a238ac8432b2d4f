package nl.wijkatelier.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.GeoJsonGeometry;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.TaskType;

/**
 * Small random portfolios in one street block, so many tasks are coupling candidates: windows in 2027–2028 (some
 * across the new year), dependencies only on earlier tasks (no cycles), some pinned, two pots whose yearly
 * amounts sometimes bind and one with a deadline.
 */
final class RandomInstances {

	private static final TaskType[] TYPES = {TaskType.SEWER_REPLACEMENT, TaskType.FIBRE, TaskType.ROAD_MAINTENANCE,
			TaskType.GREENING, TaskType.ELECTRICITY_GRID, TaskType.WATER_MAIN};
	private static final LocalDate FIRST = LocalDate.of(2027, 9, 1);

	private RandomInstances() {
	}

	/** Themes by type, so couplings bring co-benefits (fixed, so the random draws stay those of every seed). */
	private static List<String> themes(TaskType type) {
		return switch (type) {
			case SEWER_REPLACEMENT -> List.of("INFRASTRUCTURE", "CLIMATE_ADAPTATION");
			case GREENING -> List.of("GREENERY");
			case ELECTRICITY_GRID -> List.of("ENERGY");
			case WATER_MAIN -> List.of("INFRASTRUCTURE", "HEALTH");
			case ROAD_MAINTENANCE -> List.of("SAFETY");
			default -> List.of("INFRASTRUCTURE");
		};
	}

	static Portfolio portfolio(long seed, int count) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Task> tasks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String id = String.format("T%02d", i);
			LocalDate es = FIRST.plusDays(random.nextInt(120));
			int window = 28 + random.nextInt(100);
			int duration = 7 + random.nextInt(Math.min(35, window - 13));
			LocalDate le = es.plusDays(window - 1L);
			Optional<LocalDate> preferred = random.nextDouble() < 0.7
					? Optional.of(es.plusDays(random.nextInt(window - duration + 1))) : Optional.empty();
			Optional<LocalDate> pinned = random.nextDouble() < 0.1
					? Optional.of(es.plusDays(random.nextInt(window - duration + 1))) : Optional.empty();
			long share = (1_000 + random.nextInt(49_000)) * 100L;
			if (random.nextDouble() < 0.15) {
				share = 20_000_00;
			}
			List<String> depends = i > 0 && random.nextDouble() < 0.15
					? List.of(String.format("T%02d", random.nextInt(i))) : List.of();
			List<Funding> funding = new ArrayList<>();
			if (random.nextDouble() < 0.5) {
				funding.add(new Funding("Riool", (5_000 + random.nextInt(20_000)) * 100L));
			}
			if (random.nextDouble() < 0.3) {
				funding.add(new Funding("Groen", (2_000 + random.nextInt(10_000)) * 100L));
			}
			double x = 155000 + random.nextDouble() * 60;
			double y = 463000 + random.nextDouble() * 60;
			Geometry line = GeoJsonGeometry.factory()
					.createLineString(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 15, y + 5)});
			TaskType type = TYPES[random.nextInt(TYPES.length)];
			tasks.add(new Task(id, "Task " + id, "Owner " + (i % 3), type, es, le, duration, preferred, share * 2, share,
					themes(type), depends, funding, pinned, Optional.of(line)));
		}
		TreeMap<Integer, Long> riool = new TreeMap<>();
		riool.put(2027, (20_000 + random.nextInt(60_000)) * 100L);
		riool.put(2028, 150_000_00L);
		TreeMap<Integer, Long> groen = new TreeMap<>();
		groen.put(2027, 40_000_00L);
		groen.put(2028, 40_000_00L);
		List<BudgetPot> pots = List.of(
				new BudgetPot("Riool", "Gemeente", "Wethouder A", riool, Set.of(), Set.of(),
						Optional.empty()),
				new BudgetPot("Groen", "Gemeente", "Wethouder B", groen, Set.of(), Set.of(),
						Optional.of(LocalDate.of(2028, 3, 31))));
		return new Portfolio(tasks, pots);
	}

	/**
	 * Up to two agreed packages of unpinned tasks (three tasks, then two), each of tasks whose windows leave room for a
	 * common week: all could start on the first Monday on or after the latest earliest start and still end within
	 * every window, so an agreement alone never makes an instance infeasible (budgets and dependencies still may).
	 */
	static List<List<String>> agreedPackages(long seed, Portfolio portfolio) {
		SplittableRandom random = new SplittableRandom(seed * 7919);
		List<Task> tasks = new ArrayList<>(portfolio.tasks());
		List<List<String>> packages = new ArrayList<>();
		for (int size : new int[] {3, 2}) {
			for (int attempt = 0; attempt < 50; attempt++) {
				List<Task> left = new ArrayList<>(tasks);
				List<Task> chosen = new ArrayList<>();
				while (chosen.size() < size) {
					chosen.add(left.remove(random.nextInt(left.size())));
				}
				LocalDate from = chosen.stream().map(Task::earliestStart).max(LocalDate::compareTo).orElseThrow();
				LocalDate to = chosen.stream().map(Task::latestEnd).min(LocalDate::compareTo).orElseThrow();
				int longest = chosen.stream().mapToInt(Task::durationDays).max().orElseThrow();
				if (chosen.stream().noneMatch(t -> t.pinnedStart().isPresent())
						&& !from.plusDays(6L + longest).isAfter(to)) {
					packages.add(chosen.stream().map(Task::id).sorted().toList());
					break;
				}
			}
		}
		return packages;
	}
}
