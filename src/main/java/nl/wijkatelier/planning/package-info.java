/**
 * The joint programme (programmering): start dates for a whole task portfolio that capture the most value from
 * coupling within every hard rule (issue 5).
 * <p>
 * Entry points: {@link nl.wijkatelier.planning.PlanningProblem} turns a {@link nl.wijkatelier.works.Portfolio}
 * into the planner's model (and rejects bad input, naming the task); {@link nl.wijkatelier.planning.Planner}
 * runs the Timefold optimiser on it; {@link nl.wijkatelier.planning.ScheduleEvaluator} is the independent
 * plain-Java judge of any schedule (objective, hard violations, packages), used by the reports, the command line
 * and the tests; {@link nl.wijkatelier.planning.PlanSettings} holds the grid and the shift cost.
 */
@ApplicationModule(displayName = "Joint programme (planner)", allowedDependencies = {
		"shared",
		"platform",
		"programme",
		"account", // audit log
		"works", // the tasks and pots it plans; reacts to TasksChanged
		"dashboard", // provides ChosenScenarios, so the dashboard shows the chosen plan
})
package nl.wijkatelier.planning;

import org.springframework.modulith.ApplicationModule;
