package nl.wijkatelier.works.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
import nl.wijkatelier.works.WorksRegister;

/** The task form: an officer registers a task for their party and hears every faulty field at once. */
@WijkatelierTest
class WorksPagesTest {

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	People people;
	@Autowired
	WorksRegister register;

	@Test
	void officerRegistersATaskThroughTheFormAfterFixingItsErrors() {
		var programme = catalog.defaultProgramme().orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Neighbourhood n = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Formwijk " + suffix,
				Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
		Party party = catalog.registerParty(programme.id(), Optional.of(n.id()), "Waterschap " + suffix,
				PartyType.WATER_BOARD, null, false);
		People.Person officer = people.officer(party.id());
		Http browser = Http.browser(port).login(officer.email(), People.PASSWORD);
		String base = "/neighbourhoods/" + n.id().value() + "/works";
		assertThat(browser.get(base + "/tasks/new").status()).isEqualTo(200);

		Map<String, String> form = new LinkedHashMap<>();
		form.put("id", "W-1");
		form.put("title", "Wadi Parkstraat");
		form.put("owner", party.name());
		form.put("type", "CLIMATE_ADAPTATION");
		form.put("earliestStart", "2028-01-01");
		form.put("latestEnd", "2027-01-01");
		form.put("durationDays", "0");
		form.put("cost", "90000");
		form.put("shareableCost", "120000");
		form.put("geometry", "{\"type\": \"LineString\", \"coordinates\": [[5.92, 51.985], [5.921, 51.985]]}");
		Http.Response invalid = browser.postForm(base + "/tasks", form);

		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("latestEnd-error", "durationDays-error", "shareableCost-error");
		assertThat(register.tasks(n.id())).isEmpty();

		form.put("latestEnd", "2029-12-31");
		form.put("durationDays", "60");
		form.put("shareableCost", "30000");
		Http.Response saved = browser.postForm(base + "/tasks", form);

		assertThat(saved.status()).isEqualTo(302);
		assertThat(register.tasks(n.id())).singleElement().satisfies(t -> {
			assertThat(t.task().title()).isEqualTo("Wadi Parkstraat");
			assertThat(t.task().geometry()).isPresent();
			assertThat(t.owner()).isEqualTo(party.id());
		});
		assertThat(browser.get(base).body()).contains("Wadi Parkstraat");
	}
}
