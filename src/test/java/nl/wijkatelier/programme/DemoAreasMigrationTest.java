package nl.wijkatelier.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database seeded with the demo programme before its neighbourhoods had CBS codes gets them from V170: the seeded
 * neighbourhoods without any, and only those. Runs on H2 here and on PostgreSQL in the subclass.
 */
class DemoAreasMigrationTest {

	private static final String DEMO = "wijk-van-de-toekomst";

	private Empty empty;
	private DataSource database;
	private Flyway flyway;
	private JdbcTemplate jdbc;
	private UUID demo;

	/** An empty database, and the schema to migrate (empty for the default one). */
	record Empty(DataSource database, String schema) {
	}

	/** A fresh in-memory H2 database in PostgreSQL mode, as the application configures H2. */
	Empty empty() {
		return new Empty(new DriverManagerDataSource("jdbc:h2:mem:demo-areas-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""), "");
	}

	@BeforeEach
	void seededBeforeTheCodes() {
		empty = empty();
		database = empty.database();
		var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration").target("131");
		if (!empty.schema().isEmpty()) {
			configuration.schemas(empty.schema()).createSchemas(true);
		}
		flyway = configuration.load();
		flyway.migrate();
		jdbc = new JdbcTemplate(database);
		demo = programme(DEMO);
		// As DemoProgramme seeded them before: three with a wijk, one with the municipality, five without a code.
		neighbourhood(demo, "Hengstdal", "https://duurzaamhengstdal.nl/", "WK026802");
		neighbourhood(demo, "Spijkerkwartier", "https://mijnspijkerkwartier.nl/pagina/spijkerenergie", "WK020202");
		neighbourhood(demo, "Groen West", "https://groenwestarnhem.nl/", null);
		neighbourhood(demo, "Craneveer", "https://www.duurzaamcraneveer.nl/", null);
		neighbourhood(demo, "Kerschoten", "https://www.kerschotenenergieneutraal.nl/", null);
		neighbourhood(demo, "Loenen op de Veluwe", "https://loenenopdeveluwe.info/", null);
	}

	@AfterEach
	void dropOwnSchema() {
		if (!empty.schema().isEmpty()) {
			jdbc.execute("drop schema " + empty.schema() + " cascade");
		}
	}

	@Test
	void givesTheSeededNeighbourhoodsWithoutCodesTheirCbsAreas() {
		migrateToTheEnd();

		assertThat(areas(demo, "Groen West")).containsExactly("BU02021471", "BU02021473", "BU02021474", "BU02021572");
		assertThat(code(demo, "Groen West")).isEqualTo("BU02021471");
		assertThat(areas(demo, "Craneveer")).containsExactly("WK020209");
		assertThat(areas(demo, "Loenen op de Veluwe")).containsExactly("WK020013");
		assertThat(areas(demo, "Hengstdal")).containsExactly("WK026802");
		assertThat(areas(demo, "Kerschoten")).isEmpty();
		assertThat(code(demo, "Kerschoten")).isNull();
	}

	@Test
	void leavesNeighbourhoodsAloneThatAreNotTheSeededOnesWithoutCodes() {
		// A programme admin already gave Hoogkamp the whole wijk; someone renamed Craneveer; another programme has
		// a neighbourhood of the same name and website.
		neighbourhood(demo, "Hoogkamp", "https://www.hoogkampenergie.nl/", "WK020212");
		jdbc.update("update neighbourhood set name = 'Alteveer' where name = 'Craneveer'");
		UUID other = programme("een-ander-programma");
		neighbourhood(other, "Groen West", "https://groenwestarnhem.nl/", null);

		migrateToTheEnd();

		assertThat(areas(demo, "Hoogkamp")).containsExactly("WK020212");
		assertThat(areas(demo, "Alteveer")).isEmpty();
		assertThat(areas(other, "Groen West")).isEmpty();
		assertThat(areas(demo, "Groen West")).hasSize(4);
	}

	private void migrateToTheEnd() {
		Flyway.configure().configuration(flyway.getConfiguration()).target("latest").load().migrate();
	}

	private UUID programme(String slug) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into programme (id, slug, name, created_at) values (?, ?, ?, ?)", id, slug, slug,
				Timestamp.from(Instant.now()));
		return id;
	}

	private void neighbourhood(UUID programme, String name, String website, String code) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into neighbourhood (id, programme_id, name, cbs_code, municipality, website, created_at) "
				+ "values (?, ?, ?, ?, 'Gemeente', ?, ?)", id, programme, name, code, website,
				Timestamp.from(Instant.now()));
		if (code != null) {
			jdbc.update("insert into neighbourhood_area (neighbourhood_id, position, cbs_code) values (?, 0, ?)", id, code);
		}
	}

	private List<String> areas(UUID programme, String name) {
		return jdbc.queryForList("select a.cbs_code from neighbourhood_area a join neighbourhood n on n.id = "
				+ "a.neighbourhood_id where n.programme_id = ? and n.name = ? order by a.position", String.class,
				programme, name);
	}

	private String code(UUID programme, String name) {
		return jdbc.queryForObject("select cbs_code from neighbourhood where programme_id = ? and name = ?",
				String.class, programme, name);
	}
}
