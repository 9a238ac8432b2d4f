/**
 * Tasks and budget pots of every party in a neighbourhood, their import and export, and the coupling engine
 * that finds which tasks can be done together (werk met werk maken).
 * <p>
 * Plain-Java core, shared by the web application, the command line and the planner (issue 5):
 * {@link nl.wijkatelier.works.Task}, {@link nl.wijkatelier.works.BudgetPot} and
 * {@link nl.wijkatelier.works.Portfolio} are the model; {@link nl.wijkatelier.works.GeoJsonTaskReader},
 * {@link nl.wijkatelier.works.GeoJsonTaskWriter} (with {@link nl.wijkatelier.works.GeoJsonGeometry} for the
 * geometries) and {@link nl.wijkatelier.works.BudgetPotCsv} read and write the file formats (all or nothing, with
 * {@link nl.wijkatelier.works.ImportError}s); {@link nl.wijkatelier.works.CouplingRule} is the rule,
 * {@link nl.wijkatelier.works.CouplingEngine} applies it with a spatial index, and
 * {@link nl.wijkatelier.works.Appraisal} gives a pair's or cluster's gains and risks;
 * {@link nl.wijkatelier.works.RdNew} converts between WGS84 and RD New;
 * {@link nl.wijkatelier.works.SyntheticPortfolio} makes test and benchmark portfolios.
 * <p>
 * Application entry points: {@code WorksRegister} (register, change, import, export tasks and pots) and
 * {@code Couplings} (the stored coupling opportunities of a neighbourhood, re-evaluated per changed task) and
 * {@code CouplingProposals} (werk-met-werk agreements: owners propose, answer and withdraw packages of coupled
 * tasks; {@code agreedPackages} for the planner).
 */
@ApplicationModule(displayName = "Tasks, budget pots and coupling", allowedDependencies = {
		"shared",
		"platform",
		"programme",
		"account", // audit log
		"atelier", // the joint picture's theme weights that value couplings (integral value)
		"mail", // the owners' officers hear of proposals and new couplings
})
package nl.wijkatelier.works;

import org.springframework.modulith.ApplicationModule;
