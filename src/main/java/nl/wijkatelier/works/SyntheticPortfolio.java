package nl.wijkatelier.works;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * A realistic synthetic municipal portfolio for tests and the benchmark: a grid of streets 100 m apart (city
 * blocks of about 88 m between 12 m street profiles) over a square that grows with the number of tasks (about
 * one task per 110 × 110 m, a bit over one per city block, so the density of a Dutch city's ten-year register stays the same at every size),
 * centred on RD New (155000, 463000). Cables, pipes and road works are lines along the streets (some around a
 * corner), greening is a strip along a street or a pocket park, renovations and play areas are polygons in the
 * blocks, social programmes cover a quarter or have no location. Windows lie in 2026–2035. The same seed gives
 * the same portfolio.
 *
 * <p>A density above 1 packs that many times more tasks into each city block (the square's side shrinks by the
 * square root of the density), so almost every task is a coupling candidate of many others: at 2,000 tasks and
 * density 30 the square is about 900 m wide, and the candidate pairs number in the tens of thousands, nearly all in
 * one connected group ({@code SyntheticPortfolioDensityTest} checks the figures given in docs/planning.md).
 */
public final class SyntheticPortfolio {

	private static final GeometryFactory FACTORY = GeoJsonGeometry.factory();
	private static final double SPACING = 100;
	private static final double CELL = 110;
	private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
	private static final LocalDate LAST = LocalDate.of(2035, 12, 31);

	/** The largest density: ten thousand times a city's tasks per block. */
	public static final double MAX_DENSITY = 10_000;

	/** Type, weight in the mix (per 100), owner, cost range in euros, shareable share range, themes. */
	private record Kind(TaskType type, int weight, String owner, int minCost, int maxCost, double minShare,
			double maxShare, List<String> themes) {
	}

	private static final List<Kind> MIX = List.of(
			new Kind(TaskType.SEWER_REPLACEMENT, 12, "Gemeente", 150_000, 1_500_000, 0.35, 0.55,
					List.of("INFRASTRUCTURE", "CLIMATE_ADAPTATION")),
			new Kind(TaskType.WATER_MAIN, 6, "Waterbedrijf", 80_000, 600_000, 0.35, 0.5, List.of("INFRASTRUCTURE", "HEALTH")),
			new Kind(TaskType.DISTRICT_HEATING, 7, "Warmtebedrijf", 200_000, 2_500_000, 0.3, 0.5,
					List.of("ENERGY", "INFRASTRUCTURE")),
			new Kind(TaskType.ELECTRICITY_GRID, 12, "Netbeheerder", 60_000, 900_000, 0.3, 0.5,
					List.of("ENERGY", "INFRASTRUCTURE")),
			new Kind(TaskType.GAS_GRID, 6, "Netbeheerder", 40_000, 400_000, 0.35, 0.5, List.of("ENERGY", "SAFETY")),
			new Kind(TaskType.FIBRE, 8, "Glasvezelbedrijf", 20_000, 250_000, 0.4, 0.6, List.of("INFRASTRUCTURE")),
			new Kind(TaskType.ROAD_REDESIGN, 6, "Gemeente", 250_000, 2_000_000, 0.25, 0.4,
					List.of("SAFETY", "INFRASTRUCTURE", "GREENERY")),
			new Kind(TaskType.ROAD_MAINTENANCE, 14, "Gemeente", 30_000, 400_000, 0.2, 0.35, List.of("INFRASTRUCTURE", "SAFETY")),
			new Kind(TaskType.CLIMATE_ADAPTATION, 6, "Waterschap", 60_000, 700_000, 0.3, 0.45,
					List.of("CLIMATE_ADAPTATION", "GREENERY")),
			new Kind(TaskType.GREENING, 8, "Gemeente", 15_000, 250_000, 0.1, 0.25,
					List.of("GREENERY", "BIODIVERSITY", "HEALTH")),
			new Kind(TaskType.PLAY_AREA, 3, "Gemeente", 30_000, 200_000, 0.05, 0.15, List.of("HEALTH", "SOCIAL_COHESION")),
			new Kind(TaskType.HOUSING_RENOVATION, 8, "Woningcorporatie", 500_000, 6_000_000, 0.03, 0.08,
					List.of("ENERGY", "HEALTH")),
			new Kind(TaskType.SOCIAL_PROGRAMME, 2, "Gemeente", 20_000, 300_000, 0.0, 0.05,
					List.of("SOCIAL_COHESION", "EMPLOYMENT")),
			new Kind(TaskType.OTHER, 2, "Gemeente", 10_000, 100_000, 0.05, 0.2, List.of("INFRASTRUCTURE")));

	private static final String[] STREETS = {"Hoofdstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Dorpsstraat",
			"Stationsweg", "Julianastraat", "Beatrixlaan", "Parkweg", "Lindelaan", "Eikenlaan", "Nieuwstraat"};

	private SyntheticPortfolio() {
	}

	/** The portfolio's tasks in RD New, one by one, so a million need not be held at once. */
	public static void generate(int count, long seed, Consumer<Task> sink) {
		generate(count, seed, 1, sink);
	}

	/**
	 * The portfolio's tasks with {@code density} times as many tasks per city block as a city's register (1, the
	 * default, to {@link #MAX_DENSITY}).
	 */
	public static void generate(int count, long seed, double density, Consumer<Task> sink) {
		if (!(density >= 1 && density <= MAX_DENSITY)) {
			throw new IllegalArgumentException("density is 1 to " + MAX_DENSITY + ", not " + density);
		}
		SplittableRandom random = new SplittableRandom(seed);
		double side = Math.max(SPACING * 3, Math.sqrt(count / density) * CELL);
		int streets = (int) (side / SPACING);
		double x0 = 155000 - side / 2;
		double y0 = 463000 - side / 2;
		for (int i = 0; i < count; i++) {
			Kind kind = pick(random);
			String id = String.format("T%07d", i + 1);
			Optional<Geometry> geometry = random.nextDouble() < 0.03 ? Optional.empty()
					: geometry(kind.type(), random, streets, x0, y0, side);
			LocalDate es = FIRST.plusDays(random.nextInt(3470));
			int window = 60 + (int) (Math.pow(random.nextDouble(), 2) * 1400);
			LocalDate le = es.plusDays(window - 1);
			if (le.isAfter(LAST)) {
				le = LAST;
				window = (int) (LAST.toEpochDay() - es.toEpochDay() + 1);
			}
			int duration = Math.max(5, Math.min(window, (int) (window * (0.1 + random.nextDouble() * 0.4))));
			duration = Math.min(duration, window);
			Optional<LocalDate> preferred = random.nextDouble() < 0.7
					? Optional.of(es.plusDays(random.nextInt(window - duration + 1))) : Optional.empty();
			long cost = (kind.minCost() + random.nextLong(kind.maxCost() - kind.minCost())) / 100 * 100;
			long share = (long) (cost * (kind.minShare() + random.nextDouble() * (kind.maxShare() - kind.minShare())))
					/ 100 * 100;
			List<Funding> funding = random.nextDouble() < 0.4
					? List.of(new Funding(potName(kind), cost * 100 / 2)) : List.of();
			String street = STREETS[random.nextInt(STREETS.length)];
			sink.accept(new Task(id, title(kind.type()) + " " + street, kind.owner(), kind.type(), es, le, duration,
					preferred, cost * 100, share * 100, kind.themes(), List.of(), funding, Optional.empty(),
					geometry));
		}
	}

	public static List<Task> tasks(int count, long seed) {
		return tasks(count, seed, 1);
	}

	public static List<Task> tasks(int count, long seed, double density) {
		List<Task> tasks = new ArrayList<>(count);
		generate(count, seed, density, tasks::add);
		return tasks;
	}

	/** One pot per owner and type in the mix, with money in every year 2026–2035. */
	public static List<BudgetPot> pots() {
		List<BudgetPot> pots = new ArrayList<>();
		for (Kind kind : MIX) {
			Map<Integer, Long> years = new TreeMap<>();
			for (int year = 2026; year <= 2035; year++) {
				years.put(year, 5_000_000_00L);
			}
			pots.add(new BudgetPot(potName(kind), kind.owner(), "Wethouder " + kind.owner(), new TreeMap<>(years),
					Set.copyOf(kind.themes()), Set.of(kind.type()), Optional.empty()));
		}
		return pots;
	}

	/** Writes the portfolio as GeoJSON in WGS84, or in RD New with the legacy crs member. */
	public static void write(int count, long seed, boolean rdNew, OutputStream out) {
		write(count, seed, 1, rdNew, out);
	}

	/** As {@link #write(int, long, boolean, OutputStream)}, with {@code density} (see {@link #generate(int, long, double, Consumer)}). */
	public static void write(int count, long seed, double density, boolean rdNew, OutputStream out) {
		try (JsonGenerator gen = JsonFactory.builder().build().createGenerator(out)) {
			gen.writeStartObject();
			gen.writeName("type");
			gen.writeString("FeatureCollection");
			if (rdNew) {
				gen.writeName("crs");
				gen.writeStartObject();
				gen.writeName("type");
				gen.writeString("name");
				gen.writeName("properties");
				gen.writeStartObject();
				gen.writeName("name");
				gen.writeString(RdNew.URN);
				gen.writeEndObject();
				gen.writeEndObject();
			}
			gen.writeName("features");
			gen.writeStartArray();
			generate(count, seed, density, task -> GeoJsonTaskWriter.writeFeature(gen, task, !rdNew));
			gen.writeEndArray();
			gen.writeEndObject();
		}
	}

	private static String potName(Kind kind) {
		return kind.owner() + " " + kind.type().name().toLowerCase(Locale.ROOT);
	}

	private static String title(TaskType type) {
		return switch (type) {
			case SEWER_REPLACEMENT -> "Rioolvervanging";
			case WATER_MAIN -> "Vervanging waterleiding";
			case DISTRICT_HEATING -> "Aanleg warmtenet";
			case ELECTRICITY_GRID -> "Netverzwaring";
			case GAS_GRID -> "Vervanging gasleiding";
			case FIBRE -> "Aanleg glasvezel";
			case ROAD_REDESIGN -> "Herinrichting";
			case ROAD_MAINTENANCE -> "Groot onderhoud";
			case CLIMATE_ADAPTATION -> "Klimaatadaptatie";
			case GREENING -> "Vergroening";
			case PLAY_AREA -> "Speelplek";
			case HOUSING_RENOVATION -> "Renovatie woningen";
			case SOCIAL_PROGRAMME -> "Buurtprogramma";
			case OTHER -> "Overige werkzaamheden";
		};
	}

	private static Kind pick(SplittableRandom random) {
		int r = random.nextInt(100);
		for (Kind kind : MIX) {
			r -= kind.weight();
			if (r < 0) {
				return kind;
			}
		}
		return MIX.get(MIX.size() - 1);
	}

	private static Optional<Geometry> geometry(TaskType type, SplittableRandom random, int streets, double x0,
			double y0, double side) {
		int street = random.nextInt(streets + 1);
		boolean horizontal = random.nextBoolean();
		double along = random.nextDouble() * (side - 450);
		double at = street * SPACING;
		return Optional.of(switch (type) {
			case HOUSING_RENOVATION -> box(random, x0, y0, streets, 6 + random.nextDouble() * 6, 30, 70);
			case PLAY_AREA -> box(random, x0, y0, streets, 20 + random.nextDouble() * 25, 15, 25);
			case SOCIAL_PROGRAMME -> {
				double bx = x0 + random.nextInt(Math.max(1, streets - 3)) * SPACING;
				double by = y0 + random.nextInt(Math.max(1, streets - 3)) * SPACING;
				yield rectangle(bx, by, bx + 3 * SPACING, by + 3 * SPACING);
			}
			case GREENING -> random.nextBoolean() ? box(random, x0, y0, streets, 10, 30, 60)
					: strip(horizontal, x0, y0, at, along, 40 + random.nextDouble() * 200, 4 + random.nextDouble() * 2);
			case OTHER -> FACTORY.createPoint(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(
					new double[] {x0 + random.nextDouble() * side, y0 + random.nextDouble() * side}, 2));
			default -> line(random, horizontal, x0, y0, at, along, 40 + random.nextDouble() * 360);
		});
	}

	/** A line along a street, offset up to 4 m from its axis (cables and pipes lie side by side); 20% turn a corner. */
	private static Geometry line(SplittableRandom random, boolean horizontal, double x0, double y0, double at,
			double along, double length) {
		double offset = (random.nextDouble() - 0.5) * 8;
		double[] xy;
		if (random.nextDouble() < 0.2) {
			double first = Math.ceil((along + 1) / SPACING) * SPACING;
			double turn = length - (first - along);
			xy = new double[] {along, at + offset, first + offset, at + offset, first + offset,
					at + offset + Math.max(10, turn)};
		}
		else {
			xy = new double[] {along, at + offset, along + length, at + offset};
		}
		for (int i = 0; i < xy.length; i += 2) {
			double a = xy[i];
			double b = xy[i + 1];
			xy[i] = x0 + (horizontal ? a : b);
			xy[i + 1] = y0 + (horizontal ? b : a);
		}
		return FACTORY.createLineString(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2));
	}

	private static Geometry strip(boolean horizontal, double x0, double y0, double at, double along, double length,
			double width) {
		double side = 6;
		return horizontal ? rectangle(x0 + along, y0 + at + side, x0 + along + length, y0 + at + side + width)
				: rectangle(x0 + at + side, y0 + along, x0 + at + side + width, y0 + along + length);
	}

	/** A polygon in a city block, {@code inset} metres from its street's axis. */
	private static Geometry box(SplittableRandom random, double x0, double y0, int streets, double inset, double min,
			double max) {
		double bx = x0 + random.nextInt(Math.max(1, streets)) * SPACING;
		double by = y0 + random.nextInt(Math.max(1, streets)) * SPACING;
		double w = min + random.nextDouble() * (max - min);
		double h = min + random.nextDouble() * (max - min);
		return rectangle(bx + inset, by + inset, bx + inset + Math.min(w, SPACING - 2 * inset),
				by + inset + Math.min(h, SPACING - 2 * inset));
	}

	private static Geometry rectangle(double minX, double minY, double maxX, double maxY) {
		double[] xy = {minX, minY, maxX, minY, maxX, maxY, minX, maxY, minX, minY};
		return FACTORY.createPolygon(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2));
	}
}
