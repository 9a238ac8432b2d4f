package nl.wijkatelier.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

import nl.wijkatelier.works.CouplingResult.Cluster;
import nl.wijkatelier.works.CouplingResult.NearMiss;
import nl.wijkatelier.works.CouplingResult.Pair;

/** The indexed engine agrees with a brute-force comparison of all pairs on random portfolios. */
class CouplingEnginePropertyTest {

	@ParameterizedTest
	@ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
	void indexedJoinFindsExactlyWhatAllPairsFind(long seed) {
		List<Task> tasks = seed % 2 == 0 ? SyntheticPortfolio.tasks(1500, seed) : denseRandom(600, seed);
		CouplingRule rule = seed == 3 ? CouplingRule.withBuffers(25, 0) : CouplingRule.defaults();

		CouplingResult indexed = new CouplingEngine(rule).couple(tasks);

		List<Pair> pairs = new ArrayList<>();
		List<NearMiss> misses = new ArrayList<>();
		for (int i = 0; i < tasks.size(); i++) {
			for (int j = i + 1; j < tasks.size(); j++) {
				Task x = tasks.get(i);
				Task y = tasks.get(j);
				if (x.geometry().isEmpty() || y.geometry().isEmpty()) {
					continue;
				}
				double d = x.geometry().get().distance(y.geometry().get());
				if (d > rule.buffer(x.type()) + rule.buffer(y.type())) {
					continue;
				}
				Task a = x.id().compareTo(y.id()) < 0 ? x : y;
				Task b = a == x ? y : x;
				long start = Math.max(a.earliestStart().toEpochDay(), b.earliestStart().toEpochDay());
				long end = Math.min(a.latestEnd().toEpochDay(), b.latestEnd().toEpochDay());
				double metres = Math.round(d * 100) / 100.0;
				if (start <= end) {
					pairs.add(new Pair(a.id(), b.id(), d == 0 ? CouplingRule.Severity.HARD : CouplingRule.Severity.BUFFER,
							metres, (int) (end - start + 1), Math.min(a.shareableCostCents(), b.shareableCostCents())));
				}
				else {
					misses.add(new NearMiss(a.id(), b.id(), metres, (int) (start - end - 1)));
				}
			}
		}
		pairs.sort(Comparator.comparing(Pair::a).thenComparing(Pair::b));
		misses.sort(Comparator.comparing(NearMiss::a).thenComparing(NearMiss::b));

		assertThat(pairs).isNotEmpty();
		assertThat(indexed.pairs()).containsExactlyElementsOf(pairs);
		assertThat(indexed.nearMisses()).containsExactlyElementsOf(misses);
		assertThat(indexed.clusters()).containsExactlyInAnyOrderElementsOf(bruteClusters(tasks, pairs));
	}

	/** Connected components by breadth-first search, each saving the shares of tasks with a larger neighbour. */
	private static List<Cluster> bruteClusters(List<Task> tasks, List<Pair> pairs) {
		Map<String, Task> byId = new HashMap<>();
		tasks.forEach(t -> byId.put(t.id(), t));
		Map<String, Set<String>> neighbours = new HashMap<>();
		for (Pair p : pairs) {
			neighbours.computeIfAbsent(p.a(), k -> new HashSet<>()).add(p.b());
			neighbours.computeIfAbsent(p.b(), k -> new HashSet<>()).add(p.a());
		}
		Set<String> seen = new HashSet<>();
		List<Cluster> clusters = new ArrayList<>();
		for (String start : new TreeSet<>(neighbours.keySet())) {
			if (!seen.add(start)) {
				continue;
			}
			TreeSet<String> group = new TreeSet<>();
			ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
			while (!queue.isEmpty()) {
				String id = queue.poll();
				group.add(id);
				for (String n : neighbours.get(id)) {
					if (seen.add(n)) {
						queue.add(n);
					}
				}
			}
			long saving = 0;
			for (String id : group) {
				Task t = byId.get(id);
				boolean rides = neighbours.get(id).stream().map(byId::get).anyMatch(o -> o.shareableCostCents() > t
						.shareableCostCents() || (o.shareableCostCents() == t.shareableCostCents() && o.id().compareTo(id) > 0));
				if (rides) {
					saving += t.shareableCostCents();
				}
			}
			clusters.add(new Cluster(List.copyOf(group), saving));
		}
		return clusters;
	}

	/** Short random segments and squares in a 600 m square, with short windows and many equal shares. */
	private static List<Task> denseRandom(int n, long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		List<Task> tasks = new ArrayList<>();
		TaskType[] types = TaskType.values();
		for (int i = 0; i < n; i++) {
			double x = 100000 + r.nextDouble() * 600;
			double y = 450000 + r.nextDouble() * 600;
			Optional<Geometry> g = switch (r.nextInt(4)) {
				case 0 -> Optional.empty();
				case 1 -> Optional.of(TaskFixtures.square(x, y, 5 + r.nextDouble() * 20));
				default -> Optional.of(TaskFixtures.line(x, y, x + r.nextDouble() * 60 - 30, y + r.nextDouble() * 60 - 30));
			};
			LocalDate es = LocalDate.of(2027, 1, 1).plusDays(r.nextInt(700));
			LocalDate le = es.plusDays(r.nextInt(120));
			long share = r.nextInt(5) * 1000_00L;
			tasks.add(new Task("R" + r.nextInt(100000) + "-" + i, "t", "o", types[r.nextInt(types.length)], es, le, 1,
					Optional.empty(), share * 2, share, List.of(), List.of(), List.of(), Optional.empty(), g));
		}
		return tasks;
	}
}
