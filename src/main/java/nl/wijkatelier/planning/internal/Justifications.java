package nl.wijkatelier.planning.internal;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Why each constraint matched, in terms a planner can check by hand. */
public final class Justifications {

	private Justifications() {
	}

	/** {@code after} starts on or before the last running day of {@code before}; {@code daysShort} days too early. */
	public record DependencyBroken(String before, String after, long daysShort) implements ConstraintJustification {
	}

	/** A pot spends more in a year than that year's amount, by {@code overMilliCents} (thousandths of a cent). */
	public record BudgetExceeded(String pot, int year, long overMilliCents) implements ConstraintJustification {
	}

	/** The task runs {@code days} days past the deadline of these pots it spends from. */
	public record SpentAfterDeadline(String task, List<String> pots, long days) implements ConstraintJustification {
	}

	/** Two tasks of an agreed package share no running day; {@code days} from the one's end to the other's start. */
	public record AgreedApart(String a, String b, long days) implements ConstraintJustification {
	}

	/** The task rides along on larger joined work and saves its shareable cost. */
	public record RidesAlong(String task, long savingCents) implements ConstraintJustification {
	}

	/** The joined pair brings co-benefits worth {@code valueCents}. */
	public record CoBenefits(String rider, String larger, long valueCents) implements ConstraintJustification {
	}

	/** The street-open days add {@code impactCents} to the objective (negative: they cost). */
	public record StreetOpen(long impactCents) implements ConstraintJustification {
	}

	/** The task starts {@code days} days from its preferred start, which costs {@code penaltyCents}. */
	public record Shifted(String task, long days, long penaltyCents) implements ConstraintJustification {
	}
}
