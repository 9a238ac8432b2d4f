package nl.wijkatelier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wijkatelier.account.internal.PasswordReset;
import nl.wijkatelier.account.internal.PasswordResetRepository;
import nl.wijkatelier.mail.MailStatus;
import nl.wijkatelier.mail.Mails;
import nl.wijkatelier.shared.Tokens;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * Password resets on the shared test context (mail caught in the outbox). The SMTP round trip, the single use and
 * the ended sessions are in {@code MailDeliveryTest}.
 */
@WijkatelierTest
class PasswordResetTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	Mails mails;
	@Autowired
	PasswordResetRepository resets;
	@Autowired
	TransactionTemplate tx;

	@Test
	void theLoginFormLeadsToThePasswordResetPage() {
		assertThat(Http.browser(port).get("/login").body()).contains("href=\"/password-reset\"");
		Http browser = Http.browser(port);
		assertThat(browser.get("/password-reset").status()).isEqualTo(200);
		Http.Response sent = browser.postForm("/password-reset", Map.of("email", people.withoutRole().email()));
		Http.Response unknown = Http.browser(port).getting("/password-reset").postForm("/password-reset",
				Map.of("email", "niemand-" + UUID.randomUUID() + "@example.org"));
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.body()).contains("utrecht-alert--ok");
		assertThat(masked(unknown.body())).isEqualTo(masked(sent.body()));
	}

	@Test
	void anExpiredLinkIsAClearPageAndChangesNothing() {
		People.Person person = people.withoutRole();
		String token = "pwr_expired-" + UUID.randomUUID();
		Instant now = Instant.now();
		tx.executeWithoutResult(s -> resets.save(new PasswordReset(person.account().id(), Tokens.hash(token),
				now.minus(Duration.ofMinutes(61)), now.minus(Duration.ofMinutes(1)))));
		Http browser = Http.browser(port);
		Http.Response page = browser.get("/password-reset/" + token);
		assertThat(page.status()).isEqualTo(410);
		assertThat(page.body()).contains("utrecht-alert--warning").contains("href=\"/password-reset\"");
		assertThat(browser.getting("/password-reset").postForm("/password-reset/" + token,
				Map.of("password", "een heel nieuw wachtwoord")).status()).isEqualTo(410);
		assertThat(Http.browser(port).get("/password-reset/pwr_guessed").status()).isEqualTo(410);
		Http.browser(port).login(person.email(), People.PASSWORD);
	}

	@Test
	void resetLinksToOneAddressAreLimitedToThreeAnHourWithTheSameAnswer() {
		People.Person person = people.withoutRole();
		for (int i = 0; i < 5; i++) {
			Http.Response answer = Http.api(port).postJson("/api/v1/password-resets",
					Map.of("email", person.email().toUpperCase(Locale.ROOT)));
			assertThat(answer.status()).isEqualTo(202);
		}
		assertThat(mails.to(person.email())).hasSize(PasswordResets.MAX_PER_HOUR)
				.allMatch(m -> m.status() == MailStatus.CAUGHT && m.body().contains("/password-reset/pwr_"));
	}

	@Test
	void aMalformedAddressIsAProblemNamingTheField() {
		Http.Response answer = Http.api(port).postJson("/api/v1/password-resets", Map.of("email", "geen adres"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("email");
	}

	private static String masked(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "").replaceAll("nonce=\"[^\"]+\"", "")
				.replaceAll("content=\"[A-Za-z0-9_-]{20,}\"", "");
	}
}
