/**
 * Dashboards: read models that combine what the programme, atelier, action and works modules publish, per
 * neighbourhood ({@link nl.wijkatelier.dashboard.Dashboards#neighbourhood}) and for a whole programme
 * ({@link nl.wijkatelier.dashboard.Dashboards#programme}), shown as pages with charts and tables, and exported
 * as PDF and CSV. A planning module can show its chosen scenario by providing a
 * {@link nl.wijkatelier.dashboard.ChosenScenarios} bean.
 */
@ApplicationModule(displayName = "Dashboards", allowedDependencies = {
		"shared",
		"platform",
		"programme",
		"works", // tasks and couplings per neighbourhood
		"atelier", // joint pictures
		"action", // households and impact
})
package nl.wijkatelier.dashboard;

import org.springframework.modulith.ApplicationModule;
