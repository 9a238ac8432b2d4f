package nl.wijkatelier.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.action.Action;
import nl.wijkatelier.action.ActionNetwork;
import nl.wijkatelier.action.ActionView;
import nl.wijkatelier.action.Actions;
import nl.wijkatelier.action.Signup;
import nl.wijkatelier.atelier.Atelier;
import nl.wijkatelier.atelier.AtelierState;
import nl.wijkatelier.atelier.Ateliers;
import nl.wijkatelier.atelier.JointPicture;
import nl.wijkatelier.atelier.JointPictures;
import nl.wijkatelier.atelier.Participant;
import nl.wijkatelier.atelier.Reports;
import nl.wijkatelier.programme.CbsKeyFigures;
import nl.wijkatelier.programme.KeyFigures;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.Theme;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ThemeCode;
import nl.wijkatelier.works.Appraisal;
import nl.wijkatelier.works.CouplingResult;
import nl.wijkatelier.works.Couplings;
import nl.wijkatelier.works.IntegralValue;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.WorksRegister;

/**
 * Builds the dashboards from the other modules' public APIs on each request: the figures are always those of
 * the data behind them, and nothing is stored twice.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CbsKeyFigures cbs;
	private final Ateliers ateliers;
	private final JointPictures pictures;
	private final Reports reports;
	private final Actions actions;
	private final ActionNetwork network;
	private final WorksRegister works;
	private final Couplings couplings;
	private final ObjectProvider<ChosenScenarios> scenarios;
	private final MessageSource messages;
	private final MapPlacement placement;

	Dashboards(ProgrammeCatalog catalog, ThemeCatalog themes, CbsKeyFigures cbs, Ateliers ateliers,
			JointPictures pictures, Reports reports, Actions actions, ActionNetwork network, WorksRegister works,
			Couplings couplings, ObjectProvider<ChosenScenarios> scenarios, MessageSource messages,
			MapPlacement placement) {
		this.catalog = catalog;
		this.themes = themes;
		this.cbs = cbs;
		this.ateliers = ateliers;
		this.pictures = pictures;
		this.reports = reports;
		this.actions = actions;
		this.network = network;
		this.works = works;
		this.couplings = couplings;
		this.scenarios = scenarios;
		this.messages = messages;
		this.placement = placement;
	}

	/**
	 * The dashboard of one neighbourhood. Its joint picture is that of the latest published atelier (unpublished
	 * ones are their facilitators' until then); counts include every atelier that was opened.
	 */
	public NeighbourhoodDashboard neighbourhood(NeighbourhoodId id, Locale locale) {
		Neighbourhood neighbourhood = catalog.neighbourhood(id);
		List<Atelier> held = ateliers.ofNeighbourhood(id).stream().filter(a -> a.state() != AtelierState.DRAFT)
				.toList();
		Optional<Atelier> latest = held.stream().filter(Atelier::isPublished)
				.max(Comparator.comparing(Atelier::heldOn).thenComparing(Atelier::createdAt));
		Optional<NeighbourhoodDashboard.LatestAtelier> atelier = latest.map(a -> latestAtelier(a, locale));

		List<NeighbourhoodDashboard.ActionRow> actionRows = new ArrayList<>();
		TreeMap<YearMonth, int[]> participation = new TreeMap<>();
		long households = 0;
		List<Action> ofNeighbourhood = actions.of(id).stream().sorted(Comparator.comparing(Action::createdAt)).toList();
		for (Action action : ofNeighbourhood) {
			ActionView view = actions.view(action.id());
			households += view.households();
			List<NeighbourhoodDashboard.Impact> impact = view.impact().stream()
					.map(e -> new NeighbourhoodDashboard.Impact(text("impact." + e.measure().key(), locale),
							Math.round(e.value() * 10) / 10.0, text(e.measure().unitKey(), locale)))
					.toList();
			actionRows.add(new NeighbourhoodDashboard.ActionRow(action.id().toString(), action.title(),
					text(action.template().messageKey(), locale), view.households(),
					view.goal().isPresent() ? Optional.of(view.goal().getAsInt()) : Optional.empty(), impact,
					action.example()));
			for (Signup signup : actions.activeSignups(action.id())) {
				participation.computeIfAbsent(month(signup.createdAt()), m -> new int[2])[1]++;
			}
		}
		for (Atelier a : held) {
			for (Participant p : reports.participants(a.id())) {
				participation.computeIfAbsent(month(p.joinedAt()), m -> new int[2])[0]++;
			}
		}
		List<NeighbourhoodDashboard.Participation> participationRows = participation.entrySet().stream()
				.map(e -> new NeighbourhoodDashboard.Participation(e.getKey(), e.getValue()[0], e.getValue()[1]))
				.toList();
		List<NeighbourhoodDashboard.Month> growth = network.growth(id).stream()
				.map(p -> new NeighbourhoodDashboard.Month(p.month(), p.members())).toList();

		Couplings.Overview overview = couplings.overview(id);
		Set<String> coupled = new HashSet<>();
		List<NeighbourhoodDashboard.CouplingRow> pairs = new ArrayList<>();
		long saving = 0;
		Couplings.Valuation valuation = overview.valuation();
		for (CouplingResult.Pair pair : overview.result().pairs()) {
			coupled.add(pair.a());
			coupled.add(pair.b());
			List<Task> both = List.of(overview.tasks().get(pair.a()), overview.tasks().get(pair.b()));
			int streetDays = Appraisal.of(both, List.of(pair), Map.of(), valuation.links()).streetDaysAvoided();
			pairs.add(new NeighbourhoodDashboard.CouplingRow(pair.a(), pair.b(), pair.overlapDays(),
					pair.potentialSavingCents(),
					IntegralValue.of(both, List.of(pair), streetDays, valuation.links(), valuation.weights())));
		}
		// Clusters, not pairs: a task in several pairs saves its shareable cost once.
		for (CouplingResult.Cluster cluster : overview.result().clusters()) {
			saving += cluster.potentialSavingCents();
		}
		Optional<ChosenScenarios.ChosenScenario> scenario = Optional.ofNullable(scenarios.getIfAvailable())
				.flatMap(s -> s.chosen(id));
		Map<String, LocalDate> chosenStarts = new HashMap<>();
		scenario.ifPresent(s -> s.tasks().forEach(t -> chosenStarts.put(t.taskId(), t.start())));
		List<NeighbourhoodDashboard.TaskRow> taskRows = works.tasks(id).stream().map(WorksRegister.RegisteredTask::task)
				.sorted(Comparator.comparing(Task::earliestStart).thenComparing(Task::id)).map(t -> {
					LocalDate start = chosenStarts.getOrDefault(t.id(), t.preferredOrEarliestStart());
					return new NeighbourhoodDashboard.TaskRow(t.id(), t.title(), t.owner(),
							text("works.type." + t.type().name(), locale), t.earliestStart(), t.latestEnd(), start,
							start.plusDays(t.durationDays() - 1L), coupled.contains(t.id()));
				}).toList();

		// Summed over all its CBS areas (counts and areas added, density recomputed): see CbsKeyFigures.
		Optional<KeyFigures> keyFigures = cbs.of(neighbourhood.codes());
		NeighbourhoodDashboard.Figures figures = new NeighbourhoodDashboard.Figures(held.size(),
				atelier.map(NeighbourhoodDashboard.LatestAtelier::participants).orElse(0), ofNeighbourhood.size(),
				households, network.size(id), taskRows.size(), pairs.size(), saving,
				keyFigures.flatMap(k -> k.inhabitants().isPresent() ? Optional.of(k.inhabitants().getAsLong())
						: Optional.empty()),
				keyFigures.flatMap(k -> k.homes().isPresent() ? Optional.of(k.homes().getAsLong()) : Optional.empty()));
		return new NeighbourhoodDashboard(neighbourhood, figures, atelier, actionRows, growth, taskRows, pairs,
				scenario.map(ChosenScenarios.ChosenScenario::name), participationRows, keyFigures);
	}

	public ProgrammeDashboard programme(Programme programme, Locale locale) {
		List<ProgrammeDashboard.Row> rows = new ArrayList<>();
		int[] t = new int[6];
		long households = 0;
		long saving = 0;
		MapPlacement.OneMap map = placement.forOneMap();
		for (Neighbourhood n : catalog.neighbourhoods(programme.id())) {
			NeighbourhoodDashboard.Figures f = neighbourhood(n.id(), locale).figures();
			Optional<MapPoint> point = map.place(n);
			rows.add(new ProgrammeDashboard.Row(n.id().toString(), n.name(), n.municipality(), n.example(), f, point,
					n.boundaryGeoJson(), n.codes().stream().map(cbs::label).toList()));
			t[0] += f.ateliers();
			t[1] += f.atelierParticipants();
			t[2] += f.actions();
			t[3] += f.networkMembers();
			t[4] += f.tasks();
			t[5] += f.couplings();
			households += f.households();
			saving += f.potentialSavingCents();
		}
		return new ProgrammeDashboard(programme, rows,
				new ProgrammeDashboard.Totals(t[0], t[1], t[2], households, t[3], t[4], t[5], saving));
	}

	private NeighbourhoodDashboard.LatestAtelier latestAtelier(Atelier atelier, Locale locale) {
		JointPicture picture = pictures.of(atelier);
		Map<ThemeCode, String> names = new LinkedHashMap<>();
		for (Theme theme : themes.themes(atelier.programmeId())) {
			names.put(theme.code(), theme.name(locale));
		}
		List<NeighbourhoodDashboard.ThemeRow> rows = picture.themes().stream()
				.map(f -> new NeighbourhoodDashboard.ThemeRow(names.getOrDefault(f.code(), f.code().value()),
						round(f.mean()), roundAll(f.byPartyType())))
				.toList();
		return new NeighbourhoodDashboard.LatestAtelier(atelier.id().toString(), atelier.title(), atelier.heldOn(),
				atelier.isPublished(), picture.participantCount(), picture.weighers(), picture.partyTypes(), rows);
	}

	private static <K> Map<K, Double> roundAll(Map<K, Double> values) {
		Map<K, Double> result = new HashMap<>();
		values.forEach((k, v) -> result.put(k, round(v)));
		return result;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static YearMonth month(Instant instant) {
		return YearMonth.from(instant.atZone(ZONE));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
