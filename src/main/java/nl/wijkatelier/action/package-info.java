/**
 * Neighbourhood actions (buurtacties): low-threshold campaigns made from a template (tile removal, rain-pipe
 * disconnection, greening, façade gardens, collective purchase, energy-saving packages), households signing up
 * without an account, thresholds that fire exactly once, impact estimates with their sources, and the
 * neighbourhood's lasting network of residents who opted in to hear about the next action.
 * <p>
 * Entry points: {@link nl.wijkatelier.action.Actions} (create, sign up, change, cancel, view),
 * {@link nl.wijkatelier.action.ActionNetwork} (the lasting network and invitations),
 * {@link nl.wijkatelier.action.Leaderboard}, {@link nl.wijkatelier.action.ActionTemplate} with its
 * {@link nl.wijkatelier.action.ImpactCalculator}s. Published events: {@link nl.wijkatelier.action.ThresholdReached}.
 */
@ApplicationModule(displayName = "Neighbourhood actions", allowedDependencies = {
		"shared",
		"platform",
		"programme",
		"account", // audit log, personal data, retention
		"mail", // threshold notices, network invitations
})
package nl.wijkatelier.action;

import org.springframework.modulith.ApplicationModule;
