package nl.wijkatelier.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * Every plan run of a neighbourhood keeps its agreed packages together until the agreement is withdrawn. The two
 * tasks here save nothing together (no shareable cost) and prefer starts nine months apart, so a plan without the
 * agreement keeps them apart; with it they share a running day.
 */
@WijkatelierTest
class AgreedPackagesPlanTest {

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	People people;
	@Autowired
	PlanningJobs jobs;

	private static String feature(String id, String owner, String type, double lon, String preferred) {
		return """
				{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[%s, 51.9850], [%s, 51.9855]]},
				 "properties": {"id": "%s", "title": "Werk %s", "owner": "%s", "type": "%s", "earliestStart": "2027-01-01",
				  "latestEnd": "2027-12-31", "durationDays": 30, "preferredStart": "%s", "cost": 100000,
				  "shareableCost": 0, "themes": ["INFRASTRUCTURE"]}}""".formatted(lon, lon, id, id, owner, type, preferred);
	}

	private Map<String, LocalDate> plan(Neighbourhood n) {
		PlanningJobs.JobView run = jobs.start(PlanningJobs.Start.of(n.id(), Optional.of(1)), "agreed-" + UUID.randomUUID());
		long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!jobs.find(run.id()).orElseThrow().status().ended()) {
			assertThat(System.nanoTime()).as("the plan run ends").isLessThan(until);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		assertThat(jobs.find(run.id()).orElseThrow().status()).isEqualTo(PlanningJobs.Status.DONE);
		return jobs.finished(run.id()).orElseThrow().result().schedule().starts();
	}

	/** Whether 30-day works starting on these days run on at least one common day. */
	private static boolean shareADay(LocalDate a, LocalDate b) {
		return !a.plusDays(29).isBefore(b) && !b.plusDays(29).isBefore(a);
	}

	@Test
	void aPlanRunKeepsAnAgreedPackageTogetherUntilItIsWithdrawn() {
		var programme = catalog.defaultProgramme().orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Neighbourhood n = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Planwijk " + suffix,
				Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
		Party sewer = catalog.registerParty(programme.id(), Optional.of(n.id()), "Riool " + suffix,
				PartyType.MUNICIPALITY, null, false);
		Party grid = catalog.registerParty(programme.id(), Optional.of(n.id()), "Net " + suffix,
				PartyType.GRID_OPERATOR, null, false);
		People.Person sewerOfficer = people.officer(sewer.id());
		People.Person gridOfficer = people.officer(grid.id());
		Http admin = Http.api(port).withToken(people.admin().token());
		assertThat(admin.post("/api/v1/neighbourhoods/" + n.id() + "/tasks", "application/geo+json",
				"{\"type\": \"FeatureCollection\", \"features\": [" + feature("A-1", sewer.name(), "SEWER_REPLACEMENT",
						5.92, "2027-01-04") + "," + feature("B-1", grid.name(), "ELECTRICITY_GRID", 5.92003, "2027-10-04")
						+ "]}").status()).isEqualTo(200);

		Map<String, LocalDate> apart = plan(n);
		assertThat(shareADay(apart.get("A-1"), apart.get("B-1"))).as("without an agreement: " + apart).isFalse();

		String id = Http.api(port).withToken(sewerOfficer.token()).postJson("/api/v1/neighbourhoods/" + n.id()
				+ "/coupling-proposals", Map.of("tasks", List.of("A-1", "B-1"))).json().get("id").asString();
		for (People.Person officer : List.of(sewerOfficer, gridOfficer)) {
			assertThat(Http.api(port).withToken(officer.token()).postJson("/api/v1/coupling-proposals/" + id
					+ "/responses", Map.of("decision", "ACCEPT")).status()).isEqualTo(200);
		}

		Map<String, LocalDate> together = plan(n);
		assertThat(shareADay(together.get("A-1"), together.get("B-1"))).as("agreed: " + together).isTrue();

		assertThat(Http.api(port).withToken(gridOfficer.token()).postJson("/api/v1/coupling-proposals/" + id
				+ "/withdrawal", Map.of("reason", "Netverzwaring schuift")).status()).isEqualTo(200);
		Map<String, LocalDate> withdrawn = plan(n);
		assertThat(shareADay(withdrawn.get("A-1"), withdrawn.get("B-1"))).as("withdrawn: " + withdrawn).isFalse();
	}
}
