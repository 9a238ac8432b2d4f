package nl.wijkatelier.planning.internal;

import java.util.Map;

/**
 * One funding share of a task as the optimiser sees it.
 *
 * @param amountCents the share, in euro cents
 * @param deadlineEpochDay the pot's last spending day, {@link Long#MAX_VALUE} when it has none
 * @param capCentsByYear the pot's amount per calendar year, in cents; a year without an entry allows nothing
 */
public record FundingLine(String pot, long amountCents, long deadlineEpochDay, Map<Integer, Long> capCentsByYear) {
}
