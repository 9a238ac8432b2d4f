package nl.wijkatelier.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables of the planner in the web application.
 *
 * @param granularity the start-date grid; week by default (issue 5)
 * @param shiftCostCentsPerDay cost of a day away from the preferred start in cents; € 50 by default (issue 5)
 * @param defaultSeconds how long a run searches unless asked otherwise
 * @param maxSeconds the longest run a person may ask for
 */
@ConfigurationProperties("wijkatelier.planning")
public record PlanningProperties(@DefaultValue("WEEK") Granularity granularity,
		@DefaultValue("5000") long shiftCostCentsPerDay, @DefaultValue("30") int defaultSeconds,
		@DefaultValue("600") int maxSeconds) {

	public PlanSettings settings() {
		return new PlanSettings(granularity, shiftCostCentsPerDay);
	}
}
