package nl.wijkatelier.works;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.atelier.JointPictures;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ThemeCode;
import nl.wijkatelier.works.CouplingResult.Cluster;
import nl.wijkatelier.works.CouplingResult.NearMiss;
import nl.wijkatelier.works.CouplingResult.Pair;
import nl.wijkatelier.works.internal.CouplingRecord;
import nl.wijkatelier.works.internal.CouplingRecordRepository;
import nl.wijkatelier.works.internal.TaskRecord;
import nl.wijkatelier.works.internal.TaskRecordRepository;

/**
 * The coupling opportunities of a neighbourhood. Pairs and near misses are stored and re-evaluated per changed
 * task (only the tasks whose boxes come within reach of it are compared), so a change never recomputes a whole
 * municipality; clusters and their gains and risks are derived from the stored pairs when shown.
 */
@Service
public class Couplings {

	/** Above this many changed tasks at once (an import) the neighbourhood is recomputed in one indexed run. */
	private static final int INCREMENTAL_LIMIT = 200;

	/** A cluster with its tasks, pairs, appraisal and integral value; the tasks sorted by id. */
	public record Opportunity(Cluster cluster, List<Task> tasks, List<Pair> pairs, Appraisal appraisal,
			IntegralValue value) {
	}

	/** Everything the page and the API show, with what the integral values are weighed by. */
	public record Overview(CouplingResult result, Map<String, Task> tasks, List<Opportunity> opportunities,
			Valuation valuation) {
	}

	/**
	 * What couplings in a neighbourhood are valued by: the programme's co-benefit links and the theme weights of the
	 * neighbourhood's joint picture.
	 *
	 * @param atelier the title of the published atelier the weights come from; empty for equal weights
	 */
	public record Valuation(ThemeLinks links, ThemeWeights weights, Optional<String> atelier) {
	}

	private final TaskRecordRepository tasks;
	private final CouplingRecordRepository couplings;
	private final StoredPortfolio register;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final WorksProperties properties;
	private final JointPictures pictures;

	Couplings(TaskRecordRepository tasks, CouplingRecordRepository couplings, StoredPortfolio register,
			ProgrammeCatalog catalog, ThemeCatalog themes, WorksProperties properties, JointPictures pictures) {
		this.pictures = pictures;
		this.tasks = tasks;
		this.couplings = couplings;
		this.register = register;
		this.catalog = catalog;
		this.themes = themes;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public Overview overview(NeighbourhoodId neighbourhood) {
		List<Task> all = register.tasks(neighbourhood).stream().map(WorksRegister.RegisteredTask::task).toList();
		Map<String, Task> byId = new LinkedHashMap<>();
		all.forEach(t -> byId.put(t.id(), t));
		List<Pair> pairs = new ArrayList<>();
		List<NearMiss> misses = new ArrayList<>();
		for (CouplingRecord r : couplings.findByNeighbourhoodId(neighbourhood.value())) {
			if (r.isPair()) {
				pairs.add(r.toPair());
			}
			else {
				misses.add(r.toNearMiss());
			}
		}
		pairs.sort(Comparator.comparing(Pair::a).thenComparing(Pair::b));
		misses.sort(Comparator.comparing(NearMiss::a).thenComparing(NearMiss::b));
		List<Cluster> clusters = CouplingEngine.clusters(all, pairs);
		Map<String, BudgetPot> pots = register.pots(neighbourhood).stream().map(WorksRegister.RegisteredPot::pot)
				.collect(Collectors.toMap(BudgetPot::name, p -> p, (a, b) -> a, LinkedHashMap::new));
		Valuation valuation = valuation(neighbourhood);
		ThemeLinks links = valuation.links();
		List<Opportunity> opportunities = new ArrayList<>();
		for (Cluster c : clusters) {
			Set<String> ids = Set.copyOf(c.tasks());
			List<Pair> own = pairs.stream().filter(p -> ids.contains(p.a())).toList();
			List<Task> group = c.tasks().stream().map(byId::get).toList();
			Appraisal appraisal = Appraisal.of(group, own, pots, links);
			opportunities.add(new Opportunity(c, group, own, appraisal,
					IntegralValue.of(group, own, appraisal.streetDaysAvoided(), links, valuation.weights())));
		}
		opportunities.sort(Comparator.comparingLong((Opportunity o) -> o.cluster().potentialSavingCents()).reversed());
		return new Overview(new CouplingResult(all.size(), pairs, clusters, misses), byId, opportunities, valuation);
	}

	/**
	 * The co-benefit links of the neighbourhood's programme and the mean theme weights of its latest published atelier
	 * (equal weights when there is none).
	 */
	@Transactional(readOnly = true)
	public Valuation valuation(NeighbourhoodId neighbourhood) {
		Optional<JointPictures.PublishedWeights> published = pictures.latestPublishedWeights(neighbourhood);
		return new Valuation(links(neighbourhood),
				published.map(p -> ThemeWeights.fromMeans(p.means())).orElse(ThemeWeights.EQUAL),
				published.map(JointPictures.PublishedWeights::title));
	}

	private ThemeLinks links(NeighbourhoodId neighbourhood) {
		Map<ThemeCode, List<ThemeCode>> coBenefits = themes.coBenefits(catalog.neighbourhood(neighbourhood).programmeId());
		Map<String, Set<String>> links = new HashMap<>();
		coBenefits.forEach((from, to) -> links.put(from.value(), to.stream().map(ThemeCode::value).collect(Collectors.toSet())));
		return new ThemeLinks(links);
	}

	/**
	 * Re-evaluates the pairs and near misses of the changed and removed tasks, inside the changing transaction.
	 * Each changed task is compared only with the stored tasks whose bounding boxes come within its reach.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void reevaluate(NeighbourhoodId neighbourhood, Collection<Task> changed, Collection<String> removed,
			Map<UUID, String> partyNames) {
		UUID n = neighbourhood.value();
		CouplingEngine engine = new CouplingEngine(properties.rule());
		if (changed.size() > INCREMENTAL_LIMIT) {
			couplings.deleteAll(couplings.findByNeighbourhoodId(n));
			List<Task> all = tasks.findByNeighbourhoodIdOrderByCode(n).stream()
					.map(r -> r.toTask(partyNames.getOrDefault(r.ownerPartyId(), ""))).toList();
			CouplingEngine.Join join = engine.join(all);
			store(n, join.pairs(), join.nearMisses());
			return;
		}
		Set<String> codes = new HashSet<>(removed);
		changed.forEach(t -> codes.add(t.id()));
		if (!codes.isEmpty()) {
			couplings.deleteInvolving(n, codes);
		}
		Map<String, Pair> pairs = new LinkedHashMap<>();
		Map<String, NearMiss> misses = new LinkedHashMap<>();
		double maxBuffer = engine.rule().maxBuffer();
		for (Task task : changed) {
			if (task.geometry().isEmpty()) {
				continue;
			}
			Envelope reach = new Envelope(task.geometry().get().getEnvelopeInternal());
			reach.expandBy(engine.rule().buffer(task.type()) + maxBuffer);
			List<Task> near = tasks.findInBox(n, reach.getMinX(), reach.getMaxX(), reach.getMinY(), reach.getMaxY())
					.stream().map((TaskRecord r) -> r.toTask(partyNames.getOrDefault(r.ownerPartyId(), ""))).toList();
			CouplingEngine.Join join = engine.joinOne(task, near);
			join.pairs().forEach(p -> pairs.put(p.a() + "\n" + p.b(), p));
			join.nearMisses().forEach(m -> misses.put(m.a() + "\n" + m.b(), m));
		}
		store(n, pairs.values(), misses.values());
	}

	private void store(UUID n, Collection<Pair> pairs, Collection<NearMiss> misses) {
		List<CouplingRecord> rows = new ArrayList<>(pairs.size() + misses.size());
		pairs.forEach(p -> rows.add(CouplingRecord.of(n, p)));
		misses.forEach(m -> rows.add(CouplingRecord.of(n, m)));
		couplings.saveAll(rows);
	}
}
