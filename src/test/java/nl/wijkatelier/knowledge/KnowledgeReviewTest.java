package nl.wijkatelier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/** A resident's proposed resource is neither listed nor searchable until a programme admin approves it. */
@WijkatelierTest
class KnowledgeReviewTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;

	private List<String> searchTitles(String q) {
		List<String> titles = new ArrayList<>();
		Http.api(port).get("/api/v1/search?q=" + q).json().get("items").forEach(i -> titles.add(i.get("title").asString()));
		return titles;
	}

	private List<String> listed(String path, String token) {
		List<String> ids = new ArrayList<>();
		Http http = token == null ? Http.api(port) : Http.api(port).withToken(token);
		http.get(path).json().forEach(r -> ids.add(r.get("id").asString()));
		return ids;
	}

	@Test
	void aResidentsProposalBecomesPublicAndSearchableOnlyAfterApproval() {
		String word = "zwaluwtil" + UUID.randomUUID().toString().substring(0, 6);
		String resident = people.resident(catalog.neighbourhoods().get(0).id()).token();
		Http.Response proposed = Http.api(port).withToken(resident).postJson("/api/v1/resources", Map.of("title",
				"Nestkasten voor " + word, "url", "https://example.org/" + word, "description",
				"Zo help je gierzwaluwen", "kind", "KNOW_HOW", "themes", List.of("BIODIVERSITY")));
		assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
		assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");
		String id = proposed.json().get("id").asString();

		assertThat(searchTitles(word)).isEmpty();
		assertThat(listed("/api/v1/resources", null)).doesNotContain(id);
		String admin = people.admin().token();
		assertThat(Http.api(port).withToken(resident).get("/api/v1/resources/proposals").status()).isEqualTo(403);
		assertThat(listed("/api/v1/resources/proposals", admin)).contains(id);

		Http.Response approved = Http.api(port).withToken(admin).postJson("/api/v1/resources/" + id + "/approve", "{}");
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(searchTitles(word)).containsExactly("Nestkasten voor " + word);
		assertThat(listed("/api/v1/resources", null)).contains(id);
		assertThat(listed("/api/v1/resources/proposals", admin)).doesNotContain(id);
	}

	@Test
	void anAdminRejectsAProposalByRemovingIt() {
		String word = "afwijs" + UUID.randomUUID().toString().substring(0, 6);
		String resident = people.withoutRole().token();
		Http.Response proposed = Http.api(port).withToken(resident).postJson("/api/v1/resources", Map.of("title",
				"Voorstel " + word, "url", "https://example.org/" + word, "kind", "TOOL"));
		String id = proposed.json().get("id").asString();
		String admin = people.admin().token();
		assertThat(Http.api(port).withToken(admin).delete("/api/v1/resources/" + id).status()).isEqualTo(204);
		assertThat(listed("/api/v1/resources/proposals", admin)).doesNotContain(id);
		assertThat(searchTitles(word)).isEmpty();
	}

	@Test
	void anAdminsOwnResourceIsSearchableAtOnce() {
		String word = "direct" + UUID.randomUUID().toString().substring(0, 6);
		Http.Response added = Http.api(port).withToken(people.admin().token()).postJson("/api/v1/resources",
				Map.of("title", "Bron " + word, "url", "https://example.org/" + word, "kind", "TOOL"));
		assertThat(added.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(searchTitles(word)).containsExactly("Bron " + word);
	}

	@Test
	void aResidentProposesOnThePageAndAnAdminApprovesOnTheReviewPage() {
		String word = "pagina" + UUID.randomUUID().toString().substring(0, 6);
		People.Person resident = people.resident(catalog.neighbourhoods().get(0).id());
		Http residentBrowser = Http.browser(port).login(resident.email(), People.PASSWORD);
		assertThat(residentBrowser.get("/knowledge/propose").status()).isEqualTo(200);
		Http.Response invalid = residentBrowser.postForm("/knowledge/propose", Map.of("title", "", "url", "geen adres",
				"kind", "TOOL"));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("title-error", "url-error");
		residentBrowser.get("/knowledge/propose");
		Http.Response sent = residentBrowser.postForm("/knowledge/propose", Map.of("title", "Gids " + word, "url",
				"https://example.org/" + word, "description", "Handig", "kind", "TOOL", "theme", ""));
		assertThat(sent.status()).isEqualTo(302);
		assertThat(residentBrowser.get("/knowledge/review").status()).isEqualTo(403);
		assertThat(searchTitles(word)).isEmpty();

		Http admin = Http.browser(port).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		Http.Response review = admin.get("/knowledge/review");
		assertThat(review.body()).contains("Gids " + word);
		String id = null;
		for (var proposal : Http.api(port).withToken(people.admin().token()).get("/api/v1/resources/proposals")
				.json()) {
			if (proposal.get("title").asString().equals("Gids " + word)) {
				id = proposal.get("id").asString();
			}
		}
		assertThat(id).isNotNull();
		Http.Response approved = admin.postForm("/knowledge/review/" + id + "/approve", Map.of());
		assertThat(approved.status()).isEqualTo(302);
		assertThat(searchTitles(word)).containsExactly("Gids " + word);
	}
}
