package nl.wijkatelier.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.wijkatelier.programme.KeyFigures;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.works.IntegralValue;

/**
 * The joint picture of one neighbourhood: its latest published (or else latest) atelier, its actions with their
 * impact and network, its tasks on a timeline with the couplings, participation over time and key figures.
 * Texts are already in the reader's language.
 */
public record NeighbourhoodDashboard(Neighbourhood neighbourhood, Figures figures, Optional<LatestAtelier> atelier,
		List<ActionRow> actions, List<Month> network, List<TaskRow> tasks, List<CouplingRow> couplings,
		Optional<String> scenario, List<Participation> participation, Optional<KeyFigures> keyFigures) {

	public NeighbourhoodDashboard {
		actions = List.copyOf(actions);
		network = List.copyOf(network);
		tasks = List.copyOf(tasks);
		couplings = List.copyOf(couplings);
		participation = List.copyOf(participation);
	}

	/**
	 * The figures every neighbourhood is compared on (the programme dashboard's columns).
	 *
	 * @param atelierParticipants participants of the latest atelier (0 without one)
	 * @param households households with an active sign-up, over all actions
	 * @param networkMembers residents in the lasting network now
	 * @param potentialSavingCents the sum of the coupling clusters' potential savings (each task's shareable cost
	 *        saved at most once), in euro cents
	 * @param inhabitants CBS inhabitants of the wijk, else empty
	 */
	public record Figures(int ateliers, int atelierParticipants, int actions, long households, int networkMembers,
			int tasks, int couplings, long potentialSavingCents, Optional<Long> inhabitants, Optional<Long> homes) {
	}

	/** A theme's mean points, overall and per party type that weighed. */
	public record ThemeRow(String theme, double mean, Map<PartyType, Double> byPartyType) {
		public ThemeRow {
			byPartyType = Map.copyOf(byPartyType);
		}
	}

	public record LatestAtelier(String id, String title, LocalDate heldOn, boolean published, int participants,
			int weighers, List<PartyType> partyTypes, List<ThemeRow> themes) {
		public LatestAtelier {
			partyTypes = List.copyOf(partyTypes);
			themes = List.copyOf(themes);
		}
	}

	/** One impact estimate, rounded to one decimal, with its label and unit in the reader's language. */
	public record Impact(String label, double value, String unit) {
	}

	public record ActionRow(String id, String title, String template, int households, Optional<Integer> goal,
			List<Impact> impact, boolean example) {
		public ActionRow {
			impact = List.copyOf(impact);
		}
	}

	/** Network members at the end of a month. */
	public record Month(YearMonth month, int members) {
	}

	/**
	 * A task on the timeline.
	 *
	 * @param start the chosen scenario's start when there is one, else the preferred (or earliest) start
	 * @param end the last day of the work from {@code start}
	 */
	public record TaskRow(String id, String title, String owner, String type, LocalDate earliestStart,
			LocalDate latestEnd, LocalDate start, LocalDate end, boolean coupled) {
	}

	/**
	 * @param integralValue the pair's integral value ({@link IntegralValue}): co-benefit points
	 *        weighed by the joint picture plus 10 points per street-open day it avoids
	 */
	public record CouplingRow(String a, String b, int overlapDays, long potentialSavingCents, IntegralValue integralValue) {
	}

	/** People who took part in a month: joined an atelier, signed up for an action (active sign-ups). */
	public record Participation(YearMonth month, int atelierParticipants, int signups) {
	}
}
