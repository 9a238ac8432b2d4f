package nl.wijkatelier.planning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the instances of the application share the planner runs through the database.
 *
 * @param instanceId this instance's name in the runs it owns; keep it the same across restarts (a host or pod name)
 *        so a restarted instance closes its own unfinished runs at once. Empty: the host name and server port, or
 *        the host name and process id when the port is chosen at random
 * @param solverThreads runs this instance plans at the same time; each keeps a processor busy
 * @param heartbeat how often an instance writes a running run's heartbeat and progress and reads whether it was
 *        cancelled; a cancel takes effect within about this long
 * @param abandonAfter a running run whose heartbeat is older than this is taken as dead (its process died) and marked
 *        ABANDONED by any instance. Ten heartbeats: on the shared 2-core build machine, at a load average of 25, a
 *        heartbeat thread was seen to wait several seconds for a processor, and a slow heartbeat must not end a
 *        living run
 * @param poll how often an instance with a free solver thread looks for a queued run
 * @param cancelWait how long a cancel request waits for the run to end before it answers with the state then
 * @param activePerPerson most runs one person may have queued or running in one neighbourhood
 * @param queuedOverall most runs waiting for a solver thread over all instances
 * @param keepPerNeighbourhood finished runs kept per neighbourhood; older ones are deleted when a new run starts
 */
@ConfigurationProperties("wijkatelier.planning.runs")
public record PlanRunProperties(@DefaultValue("") String instanceId, @DefaultValue("1") int solverThreads,
		@DefaultValue("1s") Duration heartbeat, @DefaultValue("10s") Duration abandonAfter,
		@DefaultValue("1s") Duration poll, @DefaultValue("3s") Duration cancelWait,
		@DefaultValue("3") int activePerPerson, @DefaultValue("20") int queuedOverall,
		@DefaultValue("20") int keepPerNeighbourhood) {

	public static PlanRunProperties defaults(String instanceId) {
		return new PlanRunProperties(instanceId, 1, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(1),
				Duration.ofSeconds(3), 3, 20, 20);
	}

	public PlanRunProperties withAbandonAfter(Duration after) {
		return new PlanRunProperties(instanceId, solverThreads, heartbeat, after, poll, cancelWait, activePerPerson,
				queuedOverall, keepPerNeighbourhood);
	}

	public PlanRunProperties withInstanceId(String id) {
		return new PlanRunProperties(id, solverThreads, heartbeat, abandonAfter, poll, cancelWait, activePerPerson,
				queuedOverall, keepPerNeighbourhood);
	}
}
