package nl.wijkatelier.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import nl.wijkatelier.planning.Spending;

/**
 * Planning entity: one task and its start date, as an epoch day. The start is chosen from {@link #getStarts()},
 * the grid dates inside the task's window (so the window rule holds by construction), or is its pinned date.
 */
@PlanningEntity
public class TaskStart {

	@PlanningId
	private Integer index;
	private String id;
	private int durationDays;
	private long shareableCents;
	/** The preferred start as an epoch day, or {@code null} when the task has none. */
	private Long preferredStart;
	private long shiftCostCentsPerDay;
	private boolean pinned;
	private List<Integer> starts;
	private List<FundingLine> funding;

	@PlanningVariable
	private Integer start;

	public TaskStart() {
	}

	public TaskStart(int index, String id, int durationDays, long shareableCents, Long preferredStart,
			long shiftCostCentsPerDay, boolean pinned, List<Integer> starts, List<FundingLine> funding, Integer start) {
		this.index = index;
		this.id = id;
		this.durationDays = durationDays;
		this.shareableCents = shareableCents;
		this.preferredStart = preferredStart;
		this.shiftCostCentsPerDay = shiftCostCentsPerDay;
		this.pinned = pinned;
		this.starts = starts;
		this.funding = funding;
		this.start = start;
	}

	/** A copy sharing every fact, for the solver's best-solution clones (planning variable: {@link #start}). */
	TaskStart copy() {
		return new TaskStart(index, id, durationDays, shareableCents, preferredStart, shiftCostCentsPerDay, pinned,
				starts, funding, start);
	}

	@ValueRangeProvider
	public List<Integer> getStarts() {
		return starts;
	}

	@PlanningPin
	public boolean isPinned() {
		return pinned;
	}

	public Integer getIndex() {
		return index;
	}

	public String getId() {
		return id;
	}

	public int getDurationDays() {
		return durationDays;
	}

	public long getShareableCents() {
		return shareableCents;
	}

	public Integer getStart() {
		return start;
	}

	public void setStart(Integer start) {
		this.start = start;
	}

	/** The last running day, as an epoch day. */
	public int end() {
		return start + durationDays - 1;
	}

	/** Whether the two tasks' running days share at least one day. */
	public boolean overlaps(TaskStart other) {
		return start <= other.end() && other.start <= end();
	}

	/** Days from the earlier task's last running day to the later one's start; 0 when they overlap. */
	public long daysApart(TaskStart other) {
		return Math.max(0L, Math.max((long) start - other.end(), (long) other.start - end()));
	}

	/** The preferred start as an epoch day, or the earliest allowed start when the task has none. */
	public long preferredOrFirst() {
		return preferredStart == null ? starts.get(0) : preferredStart;
	}

	public List<FundingLine> getFunding() {
		return funding;
	}

	public long getShiftCostCentsPerDay() {
		return shiftCostCentsPerDay;
	}

	/** The shift penalty, in cents, were it to start on {@code day}. */
	public long shiftPenaltyCentsAt(long day) {
		return preferredStart == null ? 0 : Math.abs(day - preferredStart) * shiftCostCentsPerDay;
	}

	public boolean hasPreferredStart() {
		return preferredStart != null;
	}

	/** Days from the preferred start, 0 without one. */
	public long shiftDays() {
		return preferredStart == null ? 0 : Math.abs(start - preferredStart);
	}

	public long shiftPenaltyCents() {
		return shiftDays() * shiftCostCentsPerDay;
	}

	public boolean isFunded() {
		return !funding.isEmpty();
	}

	/** The spending of each funding share per calendar year at the current start. */
	public List<Spend> spending() {
		List<Spend> result = new ArrayList<>(funding.size() * 2);
		long first = start;
		long last = end();
		long from = first;
		while (from <= last) {
			LocalDate day = LocalDate.ofEpochDay(from);
			long to = Math.min(last, LocalDate.of(day.getYear(), 12, 31).toEpochDay());
			int days = (int) (to - from + 1);
			for (FundingLine line : funding) {
				long cap = line.capCentsByYear().getOrDefault(day.getYear(), 0L) * 1000;
				result.add(new Spend(new PotYear(line.pot(), day.getYear(), cap),
						Spending.milliCents(line.amountCents(), days, durationDays), id));
			}
			from = to + 1;
		}
		return result;
	}

	/** Whether, starting on {@code start}, it ends by the deadline of every pot it spends from. */
	boolean keepsDeadlinesAt(int start) {
		int last = start + durationDays - 1;
		for (FundingLine line : funding) {
			if (last > line.deadlineEpochDay()) {
				return false;
			}
		}
		return true;
	}

	/** Running days after the deadline of each pot it spends from, summed over its funding shares. */
	public long daysAfterDeadlines() {
		long days = 0;
		for (FundingLine line : funding) {
			if (end() > line.deadlineEpochDay()) {
				days += end() - line.deadlineEpochDay();
			}
		}
		return days;
	}

	/** The pots whose deadline it runs past. */
	public List<String> potsPastDeadline() {
		return funding.stream().filter(l -> end() > l.deadlineEpochDay()).map(FundingLine::pot).distinct().toList();
	}

	@Override
	public String toString() {
		return id + "@" + start;
	}
}
