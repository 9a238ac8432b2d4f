package nl.wijkatelier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wijkatelier.programme.Membership;
import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.TestBeans;

/**
 * Login with OpenID Connect against a real provider ({@link OpenIdProvider}, Spring Authorization Server on its own
 * port), through the whole authorization code flow over HTTP: the application's button, the provider's login form
 * and consent page, the code back to the application. The application runs as it would with
 * {@code WIJKATELIER_OIDC_*} set: one context of its own besides the suite's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestBeans.class)
class OidcLoginTest {

	static OpenIdProvider provider;

	@DynamicPropertySource
	static void oidc(DynamicPropertyRegistry registry) {
		provider = OpenIdProvider.start();
		registry.add("wijkatelier.oidc.issuer-uri", provider::issuer);
		registry.add("wijkatelier.oidc.client-id", () -> OpenIdProvider.CLIENT_ID);
		registry.add("wijkatelier.oidc.client-secret", () -> OpenIdProvider.CLIENT_SECRET);
		registry.add("wijkatelier.oidc.display-name", () -> "Gemeente Testdorp");
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Memberships memberships;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	AuditLog audit;

	String app;
	String suffix;

	@BeforeEach
	void application() {
		// 127.0.0.1, not localhost: the provider accepts loopback redirects only by IP address
		app = "http://127.0.0.1:" + port;
		OpenIdProvider.applicationAt(app);
		suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	private Neighbourhood neighbourhood() {
		return catalog.registerNeighbourhood(catalog.defaultProgramme().orElseThrow().id(), new NeighbourhoodDetails(
				"OIDC-wijk " + suffix, Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
	}

	private void invite(String email, Neighbourhood where, Membership.Role role) {
		Http.Response invited = Http.api(port).withToken(people.admin().token()).postJson("/api/v1/invitations",
				Map.of("email", email, "role", role.name(), "neighbourhoodId", where.id().toString()));
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
	}

	@Test
	void theLoginPageOffersTheProvider() {
		Browser browser = new Browser();
		String page = browser.get(app + "/login").body();
		assertThat(page).contains("Inloggen met Gemeente Testdorp", "/oauth2/authorization/oidc");
	}

	@Test
	void aVerifiedInvitedAddressLogsInWithTheInvitedRole() {
		Neighbourhood where = neighbourhood();
		String email = "bewoner-" + suffix + "@example.org";
		invite(email, where, Membership.Role.FACILITATOR);
		OpenIdProvider.person("bewoner-" + suffix, new OpenIdProvider.Claims(email, true, "Bea Bewoner"));

		Browser browser = new Browser();
		Page landed = browser.logInAtProvider("bewoner-" + suffix);

		assertThat(landed.uri().getPath()).isEqualTo("/profile");
		assertThat(landed.body()).contains("Bea Bewoner", email, where.name());
		UserAccount account = accounts.byEmail(email).orElseThrow();
		assertThat(memberships.of(account.id())).extracting(Membership::role).containsExactly(Membership.Role.FACILITATOR);
		// the session acts with the role: the facilitator's page of the neighbourhood's people
		assertThat(browser.get(app + "/neighbourhoods/" + where.id() + "/people").status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from account_oidc_link where user_id = ? and issuer = ?",
				Integer.class, account.id().value(), provider.issuer())).isEqualTo(1);
		assertThat(audit.of("account", account.id())).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("account.oidc-login");
			assertThat(entry.actor()).isEqualTo(email);
		});

		// a second login uses the link; still one account, one role
		Page again = new Browser().logInAtProvider("bewoner-" + suffix);
		assertThat(again.uri().getPath()).isEqualTo("/profile");
		assertThat(memberships.of(account.id())).hasSize(1);
	}

	@Test
	void anExistingAccountIsLinkedByItsVerifiedAddress() {
		People.Person resident = people.resident(neighbourhood().id());
		OpenIdProvider.person("bestaand-" + suffix, new OpenIdProvider.Claims(resident.email(), true, "Bestaand"));

		Page landed = new Browser().logInAtProvider("bestaand-" + suffix);

		assertThat(landed.uri().getPath()).isEqualTo("/profile");
		assertThat(landed.body()).contains(resident.email());
	}

	@Test
	void theLinkIsInThePersonsExportAndGoesWithTheAccount() {
		People.Person resident = people.resident(neighbourhood().id());
		OpenIdProvider.person("export-" + suffix, new OpenIdProvider.Claims(resident.email(), true, "Export"));
		assertThat(new Browser().logInAtProvider("export-" + suffix).uri().getPath()).isEqualTo("/profile");

		assertThat(accounts.export(resident.account().id()).get("openIdLogins")).asString()
				.contains(provider.issuer(), resident.email());
		accounts.delete(resident.account().id());
		assertThat(jdbc.queryForObject("select count(*) from account_oidc_link where user_id = ?", Integer.class,
				resident.account().id().value())).isZero();
	}

	@Test
	void anUnverifiedAddressIsRefused() {
		Neighbourhood where = neighbourhood();
		String email = "onbevestigd-" + suffix + "@example.org";
		invite(email, where, Membership.Role.RESIDENT);
		OpenIdProvider.person("onbevestigd-" + suffix, new OpenIdProvider.Claims(email, false, "Onbevestigd"));

		Browser browser = new Browser();
		Page landed = browser.logInAtProvider("onbevestigd-" + suffix);

		assertThat(landed.uri().getPath()).isEqualTo("/login");
		assertThat(landed.uri().getQuery()).isEqualTo("oidc=unverified");
		assertThat(landed.body()).contains("niet bevestigd");
		assertThat(accounts.byEmail(email)).isEmpty();
		assertThat(browser.get(app + "/profile").status()).isEqualTo(302);
	}

	@Test
	void anUnknownAddressIsRefusedWithoutMakingAnAccount() {
		String email = "onbekend-" + suffix + "@example.org";
		OpenIdProvider.person("onbekend-" + suffix, new OpenIdProvider.Claims(email, true, "Onbekend"));

		Page landed = new Browser().logInAtProvider("onbekend-" + suffix);

		assertThat(landed.uri().getPath()).isEqualTo("/login");
		assertThat(landed.body()).contains("Er is geen account voor dit e-mailadres", "uitnodiging");
		assertThat(accounts.byEmail(email)).isEmpty();
	}

	@Test
	void anAddressChangedAtTheProviderTakesOverNoOtherAccount() {
		Neighbourhood where = neighbourhood();
		String email = "wisselaar-" + suffix + "@example.org";
		invite(email, where, Membership.Role.RESIDENT);
		OpenIdProvider.person("wisselaar-" + suffix, new OpenIdProvider.Claims(email, true, "Wisselaar"));
		assertThat(new Browser().logInAtProvider("wisselaar-" + suffix).uri().getPath()).isEqualTo("/profile");

		People.Person someoneElse = people.facilitator(where.id());
		OpenIdProvider.person("wisselaar-" + suffix, new OpenIdProvider.Claims(someoneElse.email(), true, "Wisselaar"));
		Page landed = new Browser().logInAtProvider("wisselaar-" + suffix);

		assertThat(landed.uri().getPath()).isEqualTo("/profile");
		assertThat(landed.body()).contains(email).doesNotContain(someoneElse.email());
	}

	record Page(int status, URI uri, String body) {
	}

	/** A browser: keeps cookies per host, follows redirects across the application and the provider. */
	final class Browser {

		private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
		private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
		private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
		private static final Pattern SCOPE = Pattern.compile("<input[^>]*name=\"scope\"[^>]*>");

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

		Page get(String url) {
			return send(HttpRequest.newBuilder(URI.create(url)).GET());
		}

		/** Follows redirects (as GET) until a page answers. */
		Page follow(Page page) {
			Page current = page;
			for (int hops = 0; current.status() / 100 == 3; hops++) {
				assertThat(hops).as("redirects from " + page.uri()).isLessThan(10);
				String location = current.body();
				current = get(current.uri().resolve(location).toString());
			}
			return current;
		}

		Page post(String url, List<String[]> fields) {
			String form = fields.stream().map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(f[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
					"application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		/**
		 * The whole flow: the application's login button, the provider's form, its consent page when it shows
		 * one, and back; answers the page the application lands on.
		 */
		Page logInAtProvider(String username) {
			Page login = get(app + "/login");
			Matcher button = Pattern.compile("href=\"([^\"]*/oauth2/authorization/oidc)\"").matcher(login.body());
			assertThat(button.find()).as("the login page has the provider's button").isTrue();
			Page form = follow(get(app + button.group(1)));
			assertThat(form.uri().toString()).as(form.status() + " " + form.body()).startsWith(provider.issuer() + "/login");
			List<String[]> fields = hidden(form.body());
			fields.add(new String[] { "username", username });
			fields.add(new String[] { "password", OpenIdProvider.PASSWORD });
			Page after = follow(post(form.uri().resolve("/login").toString(), fields));
			if (after.uri().toString().startsWith(provider.issuer()) && after.body().toLowerCase(Locale.ROOT).contains("consent")) {
				List<String[]> consent = hidden(after.body());
				Matcher scope = SCOPE.matcher(after.body());
				while (scope.find()) {
					Matcher value = VALUE.matcher(scope.group());
					if (value.find()) {
						consent.add(new String[] { "scope", value.group(1) });
					}
				}
				after = follow(post(provider.issuer() + "/oauth2/authorize", consent));
			}
			assertThat(after.uri().toString()).as(after.body()).startsWith(app);
			return after;
		}

		private List<String[]> hidden(String html) {
			List<String[]> fields = new ArrayList<>();
			Matcher input = HIDDEN.matcher(html);
			while (input.find()) {
				Matcher name = NAME.matcher(input.group());
				Matcher value = VALUE.matcher(input.group());
				if (name.find() && value.find()) {
					fields.add(new String[] { name.group(1), value.group(1).replace("&amp;", "&") });
				}
			}
			return fields;
		}

		/** A redirect's page carries its Location as body, for {@link #follow}. */
		private Page send(HttpRequest.Builder request) {
			try {
				HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.ofString());
				String body = response.statusCode() / 100 == 3
						? response.headers().firstValue("Location").orElseThrow()
						: response.body();
				return new Page(response.statusCode(), response.uri(), body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}
}
