package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.WijkatelierTest;

/** Every error answer carries a real HTTP status, also {@code /error} asked for directly (never 999). */
@WijkatelierTest
class ErrorAnswersTest {

	@LocalServerPort
	int port;

	@Test
	void errorAskedForDirectlyIsAnOrdinaryNotFound() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/error")).header("Accept", "text/html").header("Accept-Language",
						"nl").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Deze pagina bestaat niet").doesNotContain("999");

		Http.Response api = Http.api(port).get("/error");
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.body()).doesNotContain("999");

		assertThat(Http.api(port).get("/error/anything").status()).isEqualTo(404);
	}

	@Test
	void realErrorsStillReachTheErrorPageWithTheirOwnStatus() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/no-such-page")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(Http.api(port).delete("/api/v1/programmes").status()).isEqualTo(405);
	}
}
