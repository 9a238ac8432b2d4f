package nl.wijkatelier.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Base of the tests of the PDOK clients: the whole application ({@link WijkatelierTest}) with PDOK switched on and
 * pointed at one local WireMock server, never the internet. Every subclass shares this one server and so one cached
 * Spring context; each test stubs what it needs after {@code PDOK.resetAll()}. The server runs until the JVM ends,
 * because a later class may reuse the context that points at it.
 */
@WijkatelierTest
public abstract class PdokStubTest {

	protected static final WireMockServer PDOK = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
	/** Where the stub serves the CBS wijk- en buurtkaart's OGC API Features. */
	protected static final String OGC = "/cbs/wijken-en-buurten-2023/ogc/v1";
	/** Where the stub serves the Locatieserver's search API. */
	protected static final String LOCATIESERVER = "/bzk/locatieserver/search/v3_1";

	static {
		PDOK.start();
	}

	@DynamicPropertySource
	static void pdok(DynamicPropertyRegistry registry) {
		registry.add("wijkatelier.pdok.enabled", () -> "true");
		registry.add("wijkatelier.pdok.boundaries-url", () -> PDOK.baseUrl() + OGC);
		registry.add("wijkatelier.pdok.locatieserver-url", () -> PDOK.baseUrl() + LOCATIESERVER);
		// far above an answer's time on a loaded machine, far below the stubs' 30 s delay
		registry.add("wijkatelier.pdok.timeout", () -> "5s");
	}

	/** A recorded answer from {@code src/test/resources/fixtures/pdok/}, e.g. {@code locatieserver/free-empty.json}. */
	protected static String fixture(String name) {
		try (InputStream in = PdokStubTest.class.getResourceAsStream("/fixtures/pdok/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
