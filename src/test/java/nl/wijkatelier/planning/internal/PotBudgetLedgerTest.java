package nl.wijkatelier.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The pot-budget ledger on its own: what each pot-year has left as tasks are spent and refunded. */
class PotBudgetLedgerTest {

	private static final int DEC_22_2027 = (int) LocalDate.of(2027, 12, 22).toEpochDay();
	private static final int MAR_1_2027 = (int) LocalDate.of(2027, 3, 1).toEpochDay();
	private static final int MAR_1_2028 = (int) LocalDate.of(2028, 3, 1).toEpochDay();

	private static TaskStart task(int index, int duration, List<Integer> starts, List<FundingLine> funding) {
		return new TaskStart(index, "T" + index, duration, 0, null, 0, false, starts, funding, starts.get(0));
	}

	private static FundingLine share(String pot, long cents, Map<Integer, Long> caps) {
		return new FundingLine(pot, cents, Long.MAX_VALUE, caps);
	}

	@Test
	void splitsATaskAcrossTheNewYearByItsRunningDaysAndRefundsItExactly() {
		// 20 days from 22 December: 10 in 2027, 10 in 2028; € 1,000.01 does not divide evenly by 20
		FundingLine line = share("Riool", 1_000_01, Map.of(2027, 5_000_00L, 2028, 5_000_00L));
		TaskStart task = task(0, 20, List.of(DEC_22_2027), List.of(line));
		PotBudgetLedger ledger = new PotBudgetLedger(List.of(task));

		ledger.spend(task, DEC_22_2027);

		// half the share, € 500.005, in thousandths of a cent
		assertThat(ledger.leftMilliCents("Riool", 2027)).isEqualTo(5_000_00L * 1000 - 50_000_500L);
		assertThat(ledger.leftMilliCents("Riool", 2027) + ledger.leftMilliCents("Riool", 2028))
				.as("both years together lose the whole share").isEqualTo(2 * 5_000_00L * 1000 - 1_000_01L * 1000);
		ledger.refund(task, DEC_22_2027);
		assertThat(ledger.leftMilliCents("Riool", 2027)).isEqualTo(5_000_00L * 1000);
		assertThat(ledger.leftMilliCents("Riool", 2028)).isEqualTo(5_000_00L * 1000);
	}

	@Test
	void hasRoomOnlyInAYearWhoseRemainingAmountCoversTheShare() {
		Map<Integer, Long> caps = Map.of(2027, 10_000_00L, 2028, 10_000_00L);
		TaskStart first = task(0, 10, List.of(MAR_1_2027, MAR_1_2028), List.of(share("Groen", 8_000_00, caps)));
		TaskStart second = task(1, 10, List.of(MAR_1_2027, MAR_1_2028), List.of(share("Groen", 3_000_00, caps)));
		PotBudgetLedger ledger = new PotBudgetLedger(List.of(first, second));
		assertThat(ledger.hasRoom(second, MAR_1_2027)).isTrue();

		ledger.spend(first, MAR_1_2027);

		assertThat(ledger.hasRoom(second, MAR_1_2027)).as("€ 3,000 against € 2,000 left in 2027").isFalse();
		assertThat(ledger.hasRoom(second, MAR_1_2028)).isTrue();
	}

	@Test
	void aYearWithoutAnAmountAllowsNothing() {
		TaskStart task = task(0, 10, List.of(MAR_1_2027, MAR_1_2028), List.of(share("Groen", 1, Map.of(2027, 100L))));
		PotBudgetLedger ledger = new PotBudgetLedger(List.of(task));
		assertThat(ledger.hasRoom(task, MAR_1_2027)).isTrue();
		assertThat(ledger.hasRoom(task, MAR_1_2028)).isFalse();
	}

	@Test
	void addsUpTwoSharesOfOnePotWithinAYear() {
		// each share alone fits in € 1,000, together they do not
		Map<Integer, Long> caps = Map.of(2027, 1_000_00L);
		TaskStart task = task(0, 10, List.of(MAR_1_2027),
				List.of(share("Riool", 600_00, caps), share("Riool", 600_00, caps)));
		PotBudgetLedger ledger = new PotBudgetLedger(List.of(task));
		assertThat(ledger.hasRoom(task, MAR_1_2027)).isFalse();
	}

	@Test
	void listsEachSpenderOfAPotOnceInTaskOrder() {
		Map<Integer, Long> caps = Map.of(2027, 1_000_00L);
		TaskStart twice = task(0, 10, List.of(MAR_1_2027), List.of(share("Riool", 1, caps), share("Riool", 1, caps)));
		TaskStart green = task(1, 10, List.of(MAR_1_2027), List.of(share("Groen", 1, caps)));
		TaskStart both = task(2, 10, List.of(MAR_1_2027), List.of(share("Groen", 1, caps), share("Riool", 1, caps)));
		PotBudgetLedger ledger = new PotBudgetLedger(List.of(twice, green, both));
		assertThat(ledger.spenders("Riool")).containsExactly(twice, both);
		assertThat(ledger.spenders("Groen")).containsExactly(green, both);
	}

	@Test
	void tellsWhetherAPlacedTaskRunsInOneOfTheCalendarYearsOfAPeriod() {
		TaskStart acrossNewYear = task(0, 20, List.of(DEC_22_2027), List.of());
		assertThat(PotBudgetLedger.sharesAYear(acrossNewYear, MAR_1_2028, MAR_1_2028 + 9)).isTrue();
		assertThat(PotBudgetLedger.sharesAYear(acrossNewYear, MAR_1_2027, MAR_1_2027 + 9)).isTrue();
		int mar1of2029 = (int) LocalDate.of(2029, 3, 1).toEpochDay();
		assertThat(PotBudgetLedger.sharesAYear(acrossNewYear, mar1of2029, mar1of2029 + 9)).isFalse();
	}
}
