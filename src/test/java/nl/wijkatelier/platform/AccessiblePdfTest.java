package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * Every PDF of the platform (atelier report, dashboard, scenario) is tagged PDF/UA with its language and title,
 * archivable PDF/A-2a (identified in its XMP metadata, an output intent, every font embedded), and nothing on it is
 * cut off at the page edge: the atelier report's weights table with a column for each of the nine kinds of party.
 * Read back with PDFBox.
 */
@WijkatelierTest
class AccessiblePdfTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;

	@Test
	void theAtelierReportIsTaggedArchivableAndShowsEveryKindOfParty() throws Exception {
		NeighbourhoodId hood = neighbourhood("Kerschoten");
		People.Person facilitator = people.facilitator(hood);
		Http api = Http.api(port).withToken(facilitator.token());
		Http.Response created = api.postJson("/api/v1/ateliers", Map.of("neighbourhoodId", hood.toString(),
				"title", "Bĳeenkomst bĳ de ĳsbaan", "date", "2026-05-20", "themes", List.of("ENERGY", "GREENERY")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(api.postJson("/api/v1/ateliers/" + id + "/open", "").status()).isEqualTo(200);
		int energy = 10;
		for (PartyType type : PartyType.values()) {
			Http.Response joined = Http.api(port).postJson("/api/v1/ateliers/join/" + created.json().get("joinCode")
					.asString(), Map.of("displayName", "Deelnemer", "partyType", type.name()));
			assertThat(joined.status()).as(joined.body()).isEqualTo(201);
			Http.Response weighed = Http.api(port).withToken(joined.json().get("participantToken").asString())
					.putJson("/api/v1/ateliers/" + id + "/weights", Map.of("ENERGY", energy, "GREENERY", 100 - energy));
			assertThat(weighed.status()).as(weighed.body()).isEqualTo(200);
			energy += 10;
		}
		assertThat(api.postJson("/api/v1/ateliers/" + id + "/publish", Map.of("insights", "Samen verder.")).status())
				.isEqualTo(200);

		try (PDDocument pdf = pdf("/ateliers/" + id + "/report.pdf", null, "nl")) {
			assertAccessible(pdf, "nl", "Terugkoppeling: Bĳeenkomst bĳ de ĳsbaan");
			assertThat(structureTypes(pdf)).contains("H1", "H2", "Table", "TH", "TD", "L", "LI");
			String text = textInsideThePage(pdf);
			assertThat(text).contains("Bĳeenkomst bĳ de ĳsbaan");
			for (String party : List.of("Bewoners(groep)", "Gemeente", "Woningcorporatie", "Energiebedrijf",
					"Netbeheerder", "Waterschap", "Ondernemer", "Welzijn of zorg", "Anders")) {
				assertThat(text).as("the weights table's column for " + party).contains(party);
			}
			assertThat(text).as("the last party's weight for energy").contains("90,0");
		}
		try (PDDocument pdf = pdf("/ateliers/" + id + "/report.pdf?lang=en", null, "en")) {
			assertAccessible(pdf, "en", "Feedback report: Bĳeenkomst bĳ de ĳsbaan");
			assertThat(textInsideThePage(pdf)).contains("Housing corporation", "Welfare or health", "Other");
		}

		try (PDDocument pdf = pdf("/neighbourhoods/" + hood + "/dashboard.pdf", null, "nl")) {
			assertAccessible(pdf, "nl", "Dashboard: Kerschoten");
			assertThat(structureTypes(pdf)).contains("H1", "Table");
			assertThat(textInsideThePage(pdf)).contains("Bĳeenkomst bĳ de ĳsbaan", "Woningcorporatie", "Anders");
		}
	}

	@Test
	void theScenarioExportIsTaggedAndArchivable() throws Exception {
		NeighbourhoodId hood = neighbourhood("Spijkerkwartier");
		String token = people.facilitator(hood).token();
		Http api = Http.api(port).withToken(token);
		Http.Response started = api.postJson("/api/v1/neighbourhoods/" + hood + "/plan-runs?seconds=2", Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String run = started.json().get("id").asString();
		for (int i = 0; i < 600 && List.of("RUNNING", "QUEUED").contains(
				api.get("/api/v1/plan-runs/" + run).json().get("status").asString()); i++) {
			Thread.sleep(500);
		}
		Http.Response saved = api.postJson("/api/v1/plan-runs/" + run + "/scenario", Map.of("name", "Bĳ de ĳsbaan"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		JsonNode scenario = saved.json();
		try (PDDocument pdf = pdf("/api/v1/scenarios/" + scenario.get("id").asString() + "/export.pdf", token, "nl")) {
			assertAccessible(pdf, "nl", "Bĳ de ĳsbaan");
			assertThat(structureTypes(pdf)).contains("H1", "Table", "TH");
			assertThat(textInsideThePage(pdf)).contains("Bĳ de ĳsbaan", "Spijkerkwartier");
		}
	}

	/** PDF/UA: tagged, with a language and a title shown as the title; PDF/A-2a: identified, output intent, fonts. */
	private static void assertAccessible(PDDocument pdf, String lang, String title) throws Exception {
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();
		assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
		assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
		assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
		assertThat(catalog.getLanguage()).isEqualTo(lang);
		assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
		assertThat(pdf.getDocumentInformation().getSubject()).as("the description").contains(title);
		assertThat(catalog.getViewerPreferences()).isNotNull();
		assertThat(catalog.getViewerPreferences().displayDocTitle()).as("the title, not the file name, is shown").isTrue();
		assertThat(catalog.getOutputIntents()).as("PDF/A output intent").isNotEmpty();

		byte[] xmp = catalog.getMetadata().toByteArray();
		XMPMetadata metadata = new DomXmpParser().parse(xmp);
		PDFAIdentificationSchema pdfa = metadata.getPDFAIdentificationSchema();
		assertThat(pdfa).as("PDF/A identification").isNotNull();
		assertThat(pdfa.getPart()).isEqualTo(2);
		assertThat(pdfa.getConformance()).isEqualTo("A");
		DublinCoreSchema dc = metadata.getDublinCoreSchema();
		assertThat(dc.getTitle()).isEqualTo(title);
		assertThat(new String(xmp, StandardCharsets.UTF_8)).as("PDF/UA identification").containsPattern(
				"pdfuaid:part(>|=\")1");

		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).as("font " + font.getName() + " embedded").isTrue();
			}
		}
	}

	private static Set<String> structureTypes(PDDocument pdf) {
		Set<String> types = new LinkedHashSet<>();
		collect(pdf.getDocumentCatalog().getStructureTreeRoot(), types);
		return types;
	}

	private static void collect(PDStructureNode node, Set<String> types) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				types.add(element.getStructureType());
				collect(element, types);
			}
		}
	}

	/** The text of every page; fails when any character lies (partly) outside its page. */
	private static String textInsideThePage(PDDocument pdf) throws IOException {
		List<String> outside = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				PDRectangle box = getCurrentPage().getMediaBox();
				for (TextPosition p : positions) {
					if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > box.getWidth() + 0.5f
							|| p.getYDirAdj() < 0 || p.getYDirAdj() > box.getHeight()) {
						outside.add(p.getUnicode() + " in \"" + text + "\"");
					}
				}
				super.writeString(text, positions);
			}
		};
		String text = stripper.getText(pdf);
		assertThat(outside).as("characters outside the page").isEmpty();
		// A header cell may wrap at a space ("Housing / corporation"): read the text as one line of words.
		return text.replaceAll("\\s+", " ");
	}

	private PDDocument pdf(String path, String token, String lang) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept-Language", lang);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(request.build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		return Loader.loadPDF(answer.body());
	}

	private NeighbourhoodId neighbourhood(String name) {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
	}
}
