package nl.wijkatelier.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import nl.wijkatelier.planning.Conflict;
import nl.wijkatelier.planning.PlanResult;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.TaskType;
import nl.wijkatelier.works.ThemeLinks;
import nl.wijkatelier.works.ThemeWeights;

/**
 * A plan run's input and output as JSON text in its row: the portfolio it plans (tasks with their geometry as WKT),
 * the pins, the result and the conflicts. Written and read by the same code on every instance.
 */
public final class PlanRunJson {

	private static final JsonMapper JSON = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	private record TaskJson(String id, String title, String owner, TaskType type, LocalDate earliestStart,
			LocalDate latestEnd, int durationDays, LocalDate preferredStart, long costCents, long shareableCostCents,
			List<String> themes, List<String> dependsOn, List<Funding> funding, LocalDate pinnedStart, String wkt,
			int srid) {
	}

	private record PotJson(String name, String owner, String portfolioHolder, SortedMap<Integer, Long> amountsByYear,
			Set<String> themes, Set<TaskType> taskTypes, LocalDate deadline) {
	}

	private record PortfolioJson(List<TaskJson> tasks, List<PotJson> pots) {
	}

	private PlanRunJson() {
	}

	public static String portfolio(Portfolio portfolio) {
		WKTWriter wkt = new WKTWriter();
		List<TaskJson> tasks = portfolio.tasks().stream().map(t -> new TaskJson(t.id(), t.title(), t.owner(), t.type(),
				t.earliestStart(), t.latestEnd(), t.durationDays(), t.preferredStart().orElse(null), t.costCents(),
				t.shareableCostCents(), t.themes(), t.dependsOn(), t.funding(), t.pinnedStart().orElse(null),
				t.geometry().map(wkt::write).orElse(null), t.geometry().map(Geometry::getSRID).orElse(0))).toList();
		List<PotJson> pots = portfolio.pots().stream().map(p -> new PotJson(p.name(), p.owner(), p.portfolioHolder(),
				p.amountsByYear(), p.themes(), p.taskTypes(), p.deadline().orElse(null))).toList();
		return JSON.writeValueAsString(new PortfolioJson(tasks, pots));
	}

	public static Portfolio portfolio(String json) {
		PortfolioJson read = JSON.readValue(json, PortfolioJson.class);
		WKTReader wkt = new WKTReader();
		List<Task> tasks = read.tasks().stream().map(t -> new Task(t.id(), t.title(), t.owner(), t.type(),
				t.earliestStart(), t.latestEnd(), t.durationDays(), Optional.ofNullable(t.preferredStart()), t.costCents(),
				t.shareableCostCents(), t.themes(), t.dependsOn(), t.funding(), Optional.ofNullable(t.pinnedStart()),
				Optional.ofNullable(t.wkt()).map(text -> geometry(wkt, text, t.srid())))).toList();
		List<BudgetPot> pots = read.pots().stream().map(p -> new BudgetPot(p.name(), p.owner(), p.portfolioHolder(),
				p.amountsByYear(), p.themes(), p.taskTypes(), Optional.ofNullable(p.deadline()))).toList();
		return new Portfolio(tasks, pots);
	}

	private static Geometry geometry(WKTReader reader, String text, int srid) {
		try {
			Geometry g = reader.read(text);
			g.setSRID(srid);
			return g;
		}
		catch (ParseException ex) {
			throw new IllegalStateException("a stored plan run holds a geometry that is not WKT", ex);
		}
	}

	public static String pins(Map<String, LocalDate> pinned) {
		return JSON.writeValueAsString(pinned);
	}

	public static Map<String, LocalDate> pins(String json) {
		return JSON.readValue(json, new TypeReference<TreeMap<String, LocalDate>>() {
		});
	}

	/** The theme weights and co-benefit links a run values couplings with, and where the weights come from. */
	public record Valuation(Map<String, Integer> weights, boolean fromJointPicture, String atelier,
			Map<String, Set<String>> links) {

		public ThemeWeights themeWeights() {
			return new ThemeWeights(weights, fromJointPicture);
		}

		public ThemeLinks themeLinks() {
			return new ThemeLinks(links);
		}
	}

	public static String valuation(Valuation valuation) {
		return JSON.writeValueAsString(valuation);
	}

	public static Valuation valuation(String json) {
		return JSON.readValue(json, Valuation.class);
	}

	public static String agreedPackages(List<List<String>> packages) {
		return JSON.writeValueAsString(packages);
	}

	public static List<List<String>> agreedPackages(String json) {
		return JSON.readValue(json, new TypeReference<List<List<String>>>() {
		});
	}

	public static String result(PlanResult result) {
		return JSON.writeValueAsString(result);
	}

	public static PlanResult result(String json) {
		return JSON.readValue(json, PlanResult.class);
	}

	public static String conflicts(List<Conflict> conflicts) {
		return JSON.writeValueAsString(conflicts);
	}

	public static List<Conflict> conflicts(String json) {
		return JSON.readValue(json, new TypeReference<List<Conflict>>() {
		});
	}
}
