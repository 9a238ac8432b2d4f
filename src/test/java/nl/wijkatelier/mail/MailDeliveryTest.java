package nl.wijkatelier.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import nl.wijkatelier.account.AuditEntry;
import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.mail.internal.MailChannel;
import nl.wijkatelier.mail.internal.MailSender;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/**
 * E-mail through a real SMTP server (GreenMail) started inside the test, with the sender polling every 100 ms and
 * retrying after 200 ms doubling up to 1 s: a mail server that is down delays mail and loses none, and two senders
 * on one database deliver each message once. The one Spring context with the catcher off; on H2 it has its own
 * in-memory database (so the shared test context's data stays apart), with WIJKATELIER_TEST_DATASOURCE_URL set it
 * runs on that PostgreSQL database.
 */
@WijkatelierTest
@TestPropertySource(properties = { "wijkatelier.mail.catcher=false", "wijkatelier.mail.poll-interval=100ms",
		"wijkatelier.mail.first-retry=200ms", "wijkatelier.mail.max-retry-delay=1s", "wijkatelier.mail.max-attempts=1000",
		"spring.mail.host=127.0.0.1",
		// 120 households of one action sign up from this one address within seconds.
		"wijkatelier.limits.signups-per-minute=1000" })
class MailDeliveryTest {

	static final int SMTP_PORT = freePort();
	static volatile GreenMail smtp = startSmtp();
	static final Pattern RESET_LINK = Pattern.compile("/password-reset/(pwr_[A-Za-z0-9_-]+)");
	static final Pattern INVITATION_LINK = Pattern.compile("/invitations/(inv_[A-Za-z0-9_-]+)");

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
		String suite = System.getenv("WIJKATELIER_TEST_DATASOURCE_URL");
		if (suite == null || suite.isBlank()) {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:wijkatelier_mail;MODE=PostgreSQL;"
					+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
	}

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Mails mails;
	@Autowired
	MailProperties properties;
	@Autowired
	MeterRegistry meters;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TransactionTemplate tx;
	@Autowired
	AuditLog auditLog;

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void everyThresholdNoticeArrivesExactlyOnceThoughTheMailServerIsDownDuringTheBurst() throws Exception {
		NeighbourhoodId where = neighbourhood("Craneveer");
		People.Person organiser = people.facilitator(where);
		List<Integer> thresholds = List.of(1, 5, 10, 20, 30, 45, 60, 80, 100, 120);
		Http.Response created = Http.api(port).withToken(organiser.token()).postJson("/api/v1/actions",
				Map.of("neighbourhoodId", where.toString(), "template", "TILE_REMOVAL", "title", "Storing " + UUID.randomUUID(),
						"target", 120, "thresholds", thresholds.stream()
								.map(h -> Map.<String, Object>of("households", h, "label", "Drempel " + h)).toList()));
		assertThat(created.status()).isEqualTo(201);
		String action = created.json().get("id").asString();
		double failedAttemptsBefore = meters.counter("wijkatelier.mail.attempts.failed").count();
		double sentBefore = meters.counter("wijkatelier.mail.sent").count();

		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> answers = new ArrayList<>();
		GreenMail first = smtp;
		List<MimeMessage> received = new ArrayList<>();
		try {
			for (int i = 0; i < 120; i++) {
				String key = "storing-household-" + i;
				answers.add(pool.submit(() -> Http.api(port).withHeader("Idempotency-Key", key)
						.postJson("/api/v1/actions/" + action + "/signups",
								Map.of("household", Map.of(), "quantity", Map.of("tiles", 3), "followUpConsent", false))
						.status()));
				if (i == 15) {
					// The first notices are on their way; the mail server goes down while the burst goes on.
					awaitTrue(Duration.ofSeconds(30), () -> !to(first, organiser.email()).isEmpty());
					// stop() gives the server a new, empty store; what the old one received is read from it after.
					Managers store = first.getManagers();
					first.stop();
					received.addAll(to(store, organiser.email()));
				}
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(2, TimeUnit.MINUTES)).isEqualTo(201);
			}
		}
		finally {
			pool.shutdownNow();
		}
		awaitTrue(Duration.ofSeconds(30), () -> mails.to(organiser.email()).stream().anyMatch(m -> m.attempts() > 0
				&& m.status() == MailStatus.QUEUED && m.lastError().isPresent()));
		assertThat(meters.counter("wijkatelier.mail.attempts.failed").count()).isGreaterThan(failedAttemptsBefore);
		assertThat(mails.to(organiser.email())).as("every notice is queued, none lost").hasSize(thresholds.size());

		smtp = startSmtp();
		awaitTrue(Duration.ofSeconds(60), () -> mails.to(organiser.email()).stream()
				.allMatch(m -> m.status() == MailStatus.SENT));
		Thread.sleep(1_000); // a duplicate would have arrived by now
		received.addAll(to(smtp, organiser.email()));
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : received) {
			subjects.add(message.getSubject());
		}
		assertThat(subjects).hasSize(thresholds.size()).doesNotHaveDuplicates();
		assertThat(subjects).allMatch(s -> s.contains("Drempel"));
		assertThat(meters.counter("wijkatelier.mail.sent").count()).isGreaterThanOrEqualTo(sentBefore + thresholds.size());
		assertThat(meters.counter("wijkatelier.mail.queued").count()).isGreaterThanOrEqualTo(thresholds.size());
	}

	@Test
	void aResetLinkArrivesWorksOnceAndEndsTheOtherSessionsButNotTheApiTokens() throws Exception {
		People.Person person = people.withoutRole();
		Http oldSession = Http.browser(port).login(person.email(), People.PASSWORD);
		assertThat(oldSession.get("/profile").status()).isEqualTo(200);

		Http.Response known = Http.api(port).postJson("/api/v1/password-resets", Map.of("email", person.email()));
		Http.Response unknown = Http.api(port).postJson("/api/v1/password-resets",
				Map.of("email", "niemand-" + UUID.randomUUID() + "@example.org"));
		assertThat(known.status()).isEqualTo(202);
		assertThat(unknown.status()).isEqualTo(202);
		assertThat(unknown.body()).isEqualTo(known.body());

		String body = awaitMail(person.email());
		assertThat(body).contains("één keer").contains("works once");
		Matcher link = RESET_LINK.matcher(body);
		assertThat(link.find()).isTrue();

		Http browser = Http.browser(port);
		assertThat(browser.get(link.group()).status()).isEqualTo(200);
		Http.Response tooShort = browser.postForm(link.group(), Map.of("password", "kort"));
		assertThat(tooShort.status()).isEqualTo(200);
		assertThat(tooShort.body()).contains("utrecht-form-field-error-message");
		Http.Response reset = browser.postForm(link.group(), Map.of("password", "een heel nieuw wachtwoord"));
		assertThat(reset.status()).isEqualTo(302);
		assertThat(reset.header("Location")).endsWith("/login?passwordReset");

		Http.Response profile = oldSession.get("/profile");
		assertThat(profile.status()).as("the session from before the reset has ended").isEqualTo(302);
		assertThat(profile.header("Location")).endsWith("/login");
		assertThat(Http.api(port).withToken(person.token()).get("/api/v1/me").status())
				.as("API tokens stay valid").isEqualTo(200);
		Http fresh = Http.browser(port).login(person.email(), "een heel nieuw wachtwoord");
		assertThat(fresh.get("/profile").status()).isEqualTo(200);

		Http again = Http.browser(port);
		Http.Response used = again.get(link.group());
		assertThat(used.status()).isEqualTo(410);
		assertThat(used.body()).contains("/password-reset\"");
		assertThat(again.getting("/password-reset").postForm(link.group(),
				Map.of("password", "nog een ander wachtwoord")).status()).isEqualTo(410);
		Http.browser(port).login(person.email(), "een heel nieuw wachtwoord");
		List<String> audited = auditLog.of("account", person.account().id()).stream().map(AuditEntry::action).toList();
		assertThat(audited).contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET");
	}

	@Test
	void anInvitationArrivesByEMailWithAWorkingLinkTheRoleTheInviterAndTheExpiry() throws Exception {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		People.Person facilitator = people.facilitator(where);
		String email = "genodigde-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Http.Response invited = Http.api(port).withToken(facilitator.token()).postJson("/api/v1/invitations",
				Map.of("email", email, "role", "RESIDENT", "neighbourhoodId", where.toString()));
		assertThat(invited.status()).isEqualTo(201);
		String expiresAt = invited.json().get("expiresAt").asString();

		String body = awaitMail(email);
		assertThat(body).contains(facilitator.account().displayName()).contains("Bewoner").contains("Resident")
				.contains("Hengstdal");
		ZonedDateTime expiry = Instant.parse(expiresAt).atZone(ZoneId.of("Europe/Amsterdam"));
		assertThat(body).contains(expiry.getDayOfMonth() + "-" + expiry.getMonthValue() + "-" + expiry.getYear());
		Matcher link = INVITATION_LINK.matcher(body);
		assertThat(link.find()).isTrue();
		Http browser = Http.browser(port);
		assertThat(browser.get(link.group()).status()).isEqualTo(200);
		Http.Response accepted = browser.postForm(link.group(), Map.of("displayName", "Genodigde",
				"password", "lang genoeg wachtwoord", "consent", "true"));
		assertThat(accepted.status()).isEqualTo(302);
		assertThat(accepted.header("Location")).endsWith("/login?registered");
		Http.browser(port).login(email, "lang genoeg wachtwoord");
	}

	@Test
	void twoSendersOnOneDatabaseDeliverEachMailOnce() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		int count = 300;
		tx.executeWithoutResult(s -> {
			for (int i = 0; i < count; i++) {
				mails.queue("race-" + run + "-" + i + "@example.org", "Race " + i, "Bericht " + i);
			}
		});
		Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
		MailChannel recording = (to, subject, body) -> {
			// Other mail still queued in the shared database (a demo notice) may be claimed too; only this race counts.
			if (to.startsWith("race-" + run + "-")) {
				delivered.computeIfAbsent(to, k -> new AtomicInteger()).incrementAndGet();
			}
			Thread.sleep(1); // holds the claim a moment, as a real delivery does, so the senders interleave
		};
		List<MailSender> senders = List.of(sender(recording), sender(recording), sender(recording));
		ExecutorService pool = Executors.newFixedThreadPool(senders.size());
		try {
			List<Future<?>> done = new ArrayList<>();
			for (MailSender sender : senders) {
				done.add(pool.submit(() -> {
					while (jdbc.queryForObject("select count(*) from mail_message where status = 'QUEUED' "
							+ "and recipient like ?", Integer.class, "race-" + run + "-%") > 0) {
						sender.deliverDue();
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		// The application's own sender races too, into GreenMail.
		for (MimeMessage message : smtp.getReceivedMessages()) {
			for (Address to : message.getAllRecipients()) {
				if (to.toString().startsWith("race-" + run + "-")) {
					delivered.computeIfAbsent(to.toString(), k -> new AtomicInteger()).incrementAndGet();
				}
			}
		}
		assertThat(delivered).hasSize(count);
		assertThat(delivered.values()).allMatch(n -> n.get() == 1);
		assertThat(jdbc.queryForObject("select count(*) from mail_message where status = 'SENT' and recipient like ?",
				Integer.class, "race-" + run + "-%")).isEqualTo(count);
	}

	private MailSender sender(MailChannel channel) {
		return new MailSender(jdbc, Optional.of(channel), properties, Clock.systemUTC(), new SimpleMeterRegistry());
	}

	private String awaitMail(String email) throws Exception {
		awaitTrue(Duration.ofSeconds(30), () -> !to(smtp, email).isEmpty());
		List<MimeMessage> messages = to(smtp, email);
		assertThat(messages).hasSize(1);
		return (String) messages.get(0).getContent();
	}

	private static List<MimeMessage> to(GreenMail server, String email) {
		return to(server.getManagers(), email);
	}

	private static List<MimeMessage> to(Managers store, String email) {
		List<MimeMessage> found = new ArrayList<>();
		try {
			for (MimeMessage message : store.getImapHostManager().getAllMessages().stream()
					.map(StoredMessage::getMimeMessage).toList()) {
				for (Address to : message.getAllRecipients()) {
					if (to.toString().equalsIgnoreCase(email)) {
						found.add(message);
					}
				}
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return found;
	}

	private static void awaitTrue(Duration limit, BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("not reached within " + limit);
			}
			Thread.sleep(50);
		}
	}

	private NeighbourhoodId neighbourhood(String name) {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
	}

	private static GreenMail startSmtp() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
