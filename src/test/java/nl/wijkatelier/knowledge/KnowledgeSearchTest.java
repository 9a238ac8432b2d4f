package nl.wijkatelier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.wijkatelier.shared.ThemeCode;

/** Search quality in Dutch, on the index alone (no Spring, no database). */
class KnowledgeSearchTest {

	private KnowledgeSearch search;

	@BeforeEach
	void index() {
		search = new KnowledgeSearch();
		search.rebuild(List.of(
				doc("1", "Regenpijp afkoppelen", "Koppel je regenpijp los van het riool en vang het water op in een ton.",
						"KNOW_HOW", ThemeCode.CLIMATE_ADAPTATION),
				doc("2", "NK Tegelwippen", "Het tegelwippen tussen gemeenten: wie haalt de meeste tegels uit de tuin?",
						"INSPIRATION", ThemeCode.GREENERY),
				doc("3", "Steenbreek", "Tegels eruit, groen erin. Samen de buurt vergroenen.", "INSPIRATION",
						ThemeCode.GREENERY),
				doc("4", "Samen isoleren", "Buren kopen samen isolatie in voor spouwmuur en vloer.", "TOOL",
						ThemeCode.ENERGY),
				doc("5", "Groen", "Een korte tekst over bomen in de straat.", "INSPIRATION", ThemeCode.GREENERY),
				doc("6", "Bomen in de wijk", "Groen en groen en nog eens groen: groen is overal in deze tekst.",
						"INSPIRATION", ThemeCode.GREENERY)));
	}

	@Test
	void findsThePluralThroughTheStem() {
		assertThat(titles("regenpijpen")).containsExactly("Regenpijp afkoppelen");
	}

	@Test
	void findsACompoundFromItsSeparateWords() {
		assertThat(titles("tegels wippen")).contains("NK Tegelwippen");
	}

	@Test
	void findsPartsOfACompound() {
		assertThat(titles("tegel")).contains("NK Tegelwippen", "Steenbreek");
	}

	@Test
	void foldsAccents() {
		search.index(doc("7", "Energiecoöperatie", "Een coöperatie van bewoners.", "TOOL", ThemeCode.ENERGY));
		assertThat(titles("cooperatie")).contains("Energiecoöperatie");
	}

	@Test
	void ranksAnExactTitleMatchFirst() {
		assertThat(titles("groen").get(0)).isEqualTo("Groen");
	}

	@Test
	void highlightsTheMatchAndEscapesTheRest() {
		search.index(doc("8", "Veilig", "Gebruik <script>alert(1)</script> nooit; isolatie helpt.", "TOOL",
				ThemeCode.ENERGY));
		KnowledgeSearch.Hit hit = search.search("isolatie veilig", KnowledgeSearch.Filter.none()).items().stream()
				.filter(h -> h.title().equals("Veilig")).findFirst().orElseThrow();
		assertThat(hit.snippetHtml()).contains("<mark>isolatie</mark>").contains("&lt;script&gt;")
				.doesNotContain("<script>");
	}

	@Test
	void filtersByThemeAndKind() {
		KnowledgeSearch.Results greenTools = search.search("",
				new KnowledgeSearch.Filter(Optional.of(ThemeCode.GREENERY), Optional.of("INSPIRATION"), Optional.empty()));
		assertThat(greenTools.items()).extracting(KnowledgeSearch.Hit::title)
				.containsExactlyInAnyOrder("NK Tegelwippen", "Steenbreek", "Groen", "Bomen in de wijk");
		assertThat(search.search("isolatie", new KnowledgeSearch.Filter(Optional.of(ThemeCode.GREENERY),
				Optional.empty(), Optional.empty())).total()).isZero();
	}

	/**
	 * Odd queries are read, never refused: an unclosed quote is read as the words in it; a query of only operators or
	 * only stop words has nothing to search on and finds nothing (unlike the empty query, which lists everything); an
	 * overlong one is cut and still finds what its words find.
	 */
	@Test
	void answersOddQueriesWithoutFailing() {
		assertThat(titles("\"tegels wippen")).isEqualTo(titles("tegels wippen")).contains("NK Tegelwippen");
		assertThat(search.search("((( -- ** \"\"", KnowledgeSearch.Filter.none()).total()).isZero();
		assertThat(titles("tegel ".repeat(250))).isEqualTo(titles("tegel")).contains("NK Tegelwippen", "Steenbreek");
		assertThat(search.search("x".repeat(1000), KnowledgeSearch.Filter.none()).total()).isZero();
		assertThat(search.search("de het een", KnowledgeSearch.Filter.none()).total()).isZero();
		assertThat(search.search("", KnowledgeSearch.Filter.none()).total()).isEqualTo(6);
	}

	@Test
	void followsChangesAndRemovals() {
		search.index(doc("1", "Regenton plaatsen", "Een ton onder de pijp.", "KNOW_HOW", ThemeCode.CLIMATE_ADAPTATION));
		assertThat(titles("regenpijpen")).isEmpty();
		assertThat(titles("regenton")).containsExactly("Regenton plaatsen");
		search.remove("1");
		assertThat(titles("regenton")).isEmpty();
	}

	private List<String> titles(String query) {
		return search.search(query, KnowledgeSearch.Filter.none()).items().stream().map(KnowledgeSearch.Hit::title)
				.toList();
	}

	private static SearchDocument doc(String key, String title, String body, String kind, ThemeCode theme) {
		return new SearchDocument(key, "resource", title, body, "https://example.org/" + key, List.of(theme), kind,
				Optional.empty());
	}
}
