package nl.wijkatelier.works.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.programme.DemoProgrammeSeeded;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.CouplingProposals;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.GeoJsonGeometry;
import nl.wijkatelier.works.RdNew;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.TaskType;
import nl.wijkatelier.works.WorksRegister;

/**
 * The demo's example portfolio for the Spijkerkwartier in Arnhem, marked as an example: invented tasks of the
 * municipality, the grid operator, the housing corporation and the water board on a simplified street plan
 * around the Spijkerstraat (about 51.985 N, 5.92 E). It shows the classic couplings a municipal officer looks
 * for: sewer replacement with rain-water disconnection and the street's redesign, a heat network and grid
 * reinforcement in the same trench, a renovation whose site set-up shares traffic measures with the heat
 * connection, and a greening action that just misses the gas-pipe replacement in the same street.
 */
@Component
class WorksDemo {

	/** The crossing of the Spijkerstraat and the Hertogstraat in this simplified plan, WGS84. */
	private static final double[] ORIGIN = RdNew.fromWgs84(5.9215, 51.9852);

	private static final String MUNICIPALITY = "Gemeente Arnhem";
	private static final String GRID = "Netbeheerder Voorbeeld Net";
	private static final String CORPORATION = "Woningcorporatie Voorbeeld Wonen";
	private static final String WATER_BOARD = "Waterschap Voorbeeld";
	private static final String RESIDENTS = "Bewonersgroep SpijkerEnergie";

	private final WorksRegister register;
	private final CouplingProposals proposals;

	WorksDemo(WorksRegister register, CouplingProposals proposals) {
		this.register = register;
		this.proposals = proposals;
	}

	@EventListener
	void on(DemoProgrammeSeeded seeded) {
		if (!seeded.neighbourhoods().containsKey("Spijkerkwartier")) {
			return;
		}
		register.addExample(seeded.neighbourhood("Spijkerkwartier"), tasks(), pots());
		// The sewer replacement and the rain-water disconnection in the same trench, agreed by both owners.
		proposals.addAgreedExample(seeded.neighbourhood("Spijkerkwartier"), List.of("SPK-RIO-1", "SPK-KA-1"),
				"Eén keer de Spijkerstraat open: riool vervangen en regenwater afkoppelen in dezelfde sleuf.",
				"Projectleider riolering, " + MUNICIPALITY, Instant.parse("2026-10-05T08:30:00Z"),
				List.of("Projectleider riolering, " + MUNICIPALITY, "Adviseur watersysteem, " + WATER_BOARD),
				List.of(Instant.parse("2026-10-05T08:31:00Z"), Instant.parse("2026-10-19T13:10:00Z")));
	}

	static List<Task> tasks() {
		return List.of(
				task("SPK-RIO-1", "Rioolvervanging Spijkerstraat", MUNICIPALITY, TaskType.SEWER_REPLACEMENT, "2027-03-01",
						"2028-12-31", 180, "2027-09-01", 1_850_000, 720_000, List.of("INFRASTRUCTURE", "CLIMATE_ADAPTATION"),
						List.of(), List.of(new Funding("Gemeentelijk Rioleringsplan", 1_200_000_00L)), line(-150, 0, 300, 0)),
				task("SPK-KA-1", "Regenwater afkoppelen en wadi's Spijkerstraat", WATER_BOARD,
						TaskType.CLIMATE_ADAPTATION, "2027-06-01", "2029-06-30", 120, "2028-03-01", 640_000, 210_000,
						List.of("CLIMATE_ADAPTATION", "GREENERY"), List.of(),
						List.of(new Funding("Klimaatadaptatie Rijn en IJssel", 300_000_00L)), line(-150, 3, 300, 3)),
				task("SPK-HER-1", "Herinrichting Spijkerstraat", MUNICIPALITY, TaskType.ROAD_REDESIGN, "2028-06-01",
						"2030-06-30", 150, "2029-04-01", 1_600_000, 380_000, List.of("SAFETY", "GREENERY", "INFRASTRUCTURE"),
						List.of("SPK-RIO-1"), List.of(new Funding("Gemeentelijk Rioleringsplan", 800_000_00L)),
						rectangle(-150, -8, 300, 8)),
				task("SPK-WN-1", "Warmtenet Spijkerstraat en Hertogstraat", GRID, TaskType.DISTRICT_HEATING, "2028-01-01",
						"2030-12-31", 200, "2029-03-01", 2_400_000, 800_000, List.of("ENERGY", "INFRASTRUCTURE"), List.of(),
						List.of(new Funding("Wijkaanpak aardgasvrij", 1_000_000_00L)), line(-150, -4, 0, -4, 0, 80)),
				task("SPK-NET-1", "Netverzwaring Hertogstraat", GRID, TaskType.ELECTRICITY_GRID, "2027-01-01", "2028-06-30",
						90, "2027-04-01", 520_000, 230_000, List.of("ENERGY"), List.of(),
						List.of(new Funding("Investeringsplan netbeheer", 520_000_00L)), line(3, -250, 3, 80)),
				task("SPK-WN-2", "Warmtenet Bloemstraat", GRID, TaskType.DISTRICT_HEATING, "2028-06-01", "2030-06-30",
						160, "2029-09-01", 1_100_000, 420_000, List.of("ENERGY", "INFRASTRUCTURE"), List.of(),
						List.of(new Funding("Wijkaanpak aardgasvrij", 500_000_00L)), line(-200, -250, -200, 90)),
				task("SPK-REN-1", "Renovatie en aardgasvrij maken 84 woningen Bloemstraat", CORPORATION,
						TaskType.HOUSING_RENOVATION, "2028-03-01", "2030-12-31", 365, "2029-01-15", 7_560_000, 180_000,
						List.of("ENERGY", "HEALTH"), List.of(),
						List.of(new Funding("Onderhoudsbegroting woningen", 3_000_000_00L)), rectangle(-190, 30, -120, 95)),
				task("SPK-GAS-1", "Vervanging gasleiding Mauritsstraat", GRID, TaskType.GAS_GRID, "2027-09-01",
						"2028-08-31", 60, "2027-10-01", 310_000, 150_000, List.of("ENERGY", "SAFETY"), List.of(),
						List.of(new Funding("Investeringsplan netbeheer", 310_000_00L)), line(-300, 118, 300, 118)),
				task("SPK-GRN-1", "Geveltuinen en boomspiegels Mauritsstraat", RESIDENTS, TaskType.GREENING, "2026-09-01",
						"2027-06-30", 30, "2027-03-15", 60_000, 8_000, List.of("GREENERY", "BIODIVERSITY", "SOCIAL_COHESION"),
						List.of(), List.of(new Funding("Groen in de wijk", 40_000_00L)), rectangle(-100, 124, 100, 128)),
				task("SPK-SPL-1", "Speelplek Hertogplein", MUNICIPALITY, TaskType.PLAY_AREA, "2028-04-01", "2028-10-31",
						45, "2028-05-01", 140_000, 20_000, List.of("HEALTH", "SOCIAL_COHESION"), List.of(),
						List.of(), rectangle(25, 30, 50, 55)),
				task("SPK-SOC-1", "Buurtprogramma Samen aardgasvrij", MUNICIPALITY, TaskType.SOCIAL_PROGRAMME, "2027-01-01",
						"2030-12-31", 1000, "2027-06-01", 250_000, 0, List.of("SOCIAL_COHESION", "ENERGY"), List.of(),
						List.of(), Optional.empty()),
				// Spijkerlaan: the sewer and wadi work can take along the charging points in spring or the residents'
				// trees in autumn, not both. Money alone picks the charging points (€ 3,000 more shareable cost); the
				// joint picture, which weighs greenery and climate adaptation well above average, picks the trees once
				// a point of integral value is worth € 12 (docs/planning.md, "The demo").
				task("SPK-RIO-2", "Riool en wadi Spijkerlaan", MUNICIPALITY, TaskType.SEWER_REPLACEMENT, "2027-01-04",
						"2027-12-31", 60, "2027-05-06", 500_000, 200_000, List.of("CLIMATE_ADAPTATION"), List.of(),
						List.of(), line(600, -100, 600, 100)),
				task("SPK-LAD-1", "Laadpalen Spijkerlaan", GRID, TaskType.OTHER, "2027-02-01", "2027-04-30", 30,
						"2027-02-01", 90_000, 30_000, List.of("ENERGY"), List.of(), List.of(), line(604, -50, 604, 50)),
				task("SPK-BOM-1", "Bomen en geveltuinen Spijkerlaan", RESIDENTS, TaskType.GREENING, "2027-09-01",
						"2027-11-30", 30, "2027-09-06", 80_000, 27_000, List.of("GREENERY", "BIODIVERSITY"), List.of(),
						List.of(), rectangle(606, -40, 612, 40)));
	}

	static List<BudgetPot> pots() {
		return List.of(
				pot("Gemeentelijk Rioleringsplan", MUNICIPALITY, "Wethouder Openbare Ruimte", years(2027, 2030, 1_500_000),
						Set.of("INFRASTRUCTURE"), Set.of(TaskType.SEWER_REPLACEMENT, TaskType.ROAD_REDESIGN), null),
				pot("Klimaatadaptatie Rijn en IJssel", WATER_BOARD, "Dagelijks bestuur waterschap", years(2027, 2029, 300_000),
						Set.of("CLIMATE_ADAPTATION", "GREENERY"), Set.of(TaskType.CLIMATE_ADAPTATION), "2029-12-31"),
				pot("Wijkaanpak aardgasvrij", MUNICIPALITY, "Wethouder Energietransitie", years(2028, 2030, 1_000_000),
						Set.of("ENERGY"), Set.of(TaskType.DISTRICT_HEATING, TaskType.HOUSING_RENOVATION), "2030-12-31"),
				pot("Investeringsplan netbeheer", GRID, "Directie netbeheerder", years(2027, 2030, 2_000_000), Set.of(),
						Set.of(TaskType.ELECTRICITY_GRID, TaskType.GAS_GRID, TaskType.DISTRICT_HEATING), null),
				pot("Onderhoudsbegroting woningen", CORPORATION, "Bestuur woningcorporatie", years(2028, 2030, 3_000_000),
						Set.of("ENERGY"), Set.of(TaskType.HOUSING_RENOVATION), null),
				pot("Groen in de wijk", MUNICIPALITY, "Wethouder Groen", years(2026, 2028, 100_000),
						Set.of("GREENERY", "BIODIVERSITY"), Set.of(TaskType.GREENING, TaskType.PLAY_AREA), null));
	}

	private static Map<Integer, Long> years(int from, int to, long euros) {
		Map<Integer, Long> years = new TreeMap<>();
		for (int y = from; y <= to; y++) {
			years.put(y, euros * 100);
		}
		return years;
	}

	private static BudgetPot pot(String name, String owner, String holder, Map<Integer, Long> years, Set<String> themes,
			Set<TaskType> types, String deadline) {
		return new BudgetPot(name, owner, holder, new TreeMap<>(years), themes, types,
				Optional.ofNullable(deadline).map(LocalDate::parse));
	}

	private static Task task(String id, String title, String owner, TaskType type, String from, String to, int days,
			String preferred, long cost, long share, List<String> themes, List<String> dependsOn, List<Funding> funding,
			Geometry geometry) {
		return task(id, title, owner, type, from, to, days, preferred, cost, share, themes, dependsOn, funding,
				Optional.of(geometry));
	}

	private static Task task(String id, String title, String owner, TaskType type, String from, String to, int days,
			String preferred, long cost, long share, List<String> themes, List<String> dependsOn, List<Funding> funding,
			Optional<Geometry> geometry) {
		return new Task(id, title, owner, type, LocalDate.parse(from), LocalDate.parse(to), days,
				Optional.of(LocalDate.parse(preferred)), cost * 100, share * 100, themes, dependsOn, funding, Optional.empty(),
				geometry);
	}

	/** A line through points given in metres east and north of {@link #ORIGIN}. */
	private static Geometry line(double... offsets) {
		double[] xy = offsets.clone();
		for (int i = 0; i < xy.length; i += 2) {
			xy[i] += ORIGIN[0];
			xy[i + 1] += ORIGIN[1];
		}
		return GeoJsonGeometry.factory().createLineString(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2));
	}

	private static Geometry rectangle(double minX, double minY, double maxX, double maxY) {
		double[] xy = {minX, minY, maxX, minY, maxX, maxY, minX, maxY, minX, minY};
		for (int i = 0; i < xy.length; i += 2) {
			xy[i] += ORIGIN[0];
			xy[i + 1] += ORIGIN[1];
		}
		return GeoJsonGeometry.factory().createPolygon(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2));
	}
}
