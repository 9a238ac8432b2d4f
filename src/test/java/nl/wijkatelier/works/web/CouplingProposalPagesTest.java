package nl.wijkatelier.works.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import nl.wijkatelier.works.CouplingProposals;

/**
 * The agreement pages as owners use them: propose from an opportunity on the works page, answer for each owner,
 * see the agreement on the works page and the dashboard, withdraw it; and the demo's agreed package.
 */
@WijkatelierTest
class CouplingProposalPagesTest {

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	People people;
	@Autowired
	CouplingProposals proposals;

	private Http login(People.Person person) {
		Http browser = Http.browser(port).login(person.email(), People.PASSWORD);
		browser.get("/profile");
		return browser;
	}

	private static Http.Response postTasks(Http browser, String path, List<String> tasks) {
		String body = String.join("&", tasks.stream().map(t -> "tasks=" + t).toList()) + "&note=Samen+graven";
		return browser.postRaw(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void ownersProposeAnswerAndWithdrawThroughThePages() {
		CouplingNeighbourhood n = new CouplingNeighbourhood(catalog, people, port);
		String id = n.neighbourhood.id().toString();
		Http sewer = login(people.officer(n.sewer.id()));
		Http grid = login(people.officer(n.grid.id()));
		Http facilitator = login(people.facilitator(n.neighbourhood.id()));

		String works = sewer.get("/neighbourhoods/" + id + "/works").body();
		assertThat(works).contains("/neighbourhoods/" + id + "/coupling-proposals/new?tasks=");
		Http.Response form = sewer.get("/neighbourhoods/" + id + "/coupling-proposals/new?tasks=R-1&tasks=E-1");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).containsPattern("id=\"task-R-1\" value=\"R-1\" checked")
				.containsPattern("id=\"task-E-1\" value=\"E-1\" checked").contains("id=\"task-W-1\"");

		Http.Response tooFew = postTasks(sewer, "/neighbourhoods/" + id + "/coupling-proposals", List.of("R-1"));
		assertThat(tooFew.status()).isEqualTo(200);
		assertThat(tooFew.body()).contains("tasks-error").contains("Kies minstens twee opgaven.");
		assertThat(proposals.of(n.neighbourhood.id())).isEmpty();

		Http.Response proposed = postTasks(sewer, "/neighbourhoods/" + id + "/coupling-proposals", List.of("R-1", "E-1"));
		assertThat(proposed.status()).isEqualTo(302);
		String page = proposed.header("Location").replaceFirst("^https?://[^/]+", "");
		assertThat(page).startsWith("/coupling-proposals/");
		assertThat(grid.get(page).body()).contains("Voorgesteld").contains("id=\"answer\"").contains(n.grid.name());

		Http.Response noReason = grid.postForm(page + "/responses", Map.of("decision", "DECLINE"));
		assertThat(noReason.status()).isEqualTo(200);
		assertThat(noReason.body()).contains("reason-error");
		assertThat(grid.postForm(page + "/responses", Map.of("decision", "ACCEPT")).status()).isEqualTo(302);
		Http.Response again = grid.postForm(page + "/responses", Map.of("decision", "ACCEPT"));
		assertThat(again.body()).as("the page says the party already answered").contains("al geantwoord");
		sewer.get(page);
		assertThat(sewer.postForm(page + "/responses", Map.of("decision", "ACCEPT")).status()).isEqualTo(302);

		assertThat(sewer.get(page).body()).contains("Afgesproken");
		assertThat(Http.browser(port).get("/neighbourhoods/" + id + "/works").body()).contains("id=\"agreements\"")
				.contains("E-1 + R-1").contains("Afgesproken");
		assertThat(Http.browser(port).get("/neighbourhoods/" + id + "/dashboard").body()).contains("agreements-table")
				.contains("E-1 + R-1").contains(n.grid.name() + ": Test ");

		facilitator.get(page);
		assertThat(facilitator.postForm(page + "/withdrawal", Map.of("reason", "")).body()).contains("withdrawReason-error");
		assertThat(facilitator.postForm(page + "/withdrawal", Map.of("reason", "Uitvoering schuift naar 2029")).status())
				.isEqualTo(302);
		assertThat(facilitator.get(page).body()).contains("Ingetrokken").contains("Uitvoering schuift naar 2029");
		assertThat(proposals.agreedPackages(n.neighbourhood.id())).isEmpty();
	}

	@Test
	void theDemoShowsAnAgreedPackageOnTheWorksPageAndTheDashboard() {
		Neighbourhood spijkerkwartier = catalog.neighbourhoods().stream()
				.filter(x -> x.name().equals("Spijkerkwartier")).findFirst().orElseThrow();
		String id = spijkerkwartier.id().toString();

		assertThat(proposals.agreedPackages(spijkerkwartier.id())).contains(List.of("SPK-KA-1", "SPK-RIO-1"));
		assertThat(Http.browser(port).get("/neighbourhoods/" + id + "/works").body())
				.contains("SPK-KA-1 + SPK-RIO-1").contains("Afgesproken");
		assertThat(Http.browser(port).get("/neighbourhoods/" + id + "/dashboard").body()).contains("agreements-table")
				.contains("SPK-KA-1 + SPK-RIO-1").contains("Gemeente Arnhem: Projectleider riolering");
	}
}
