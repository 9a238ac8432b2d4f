package nl.wijkatelier.atelier.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.wijkatelier.atelier.AtelierReport;
import nl.wijkatelier.atelier.JointPicture;
import nl.wijkatelier.shared.PartyType;

/**
 * The bar chart of the joint picture: per theme one bar for everyone and one per party type, as widths in
 * percent of the largest mean, so the chart fills its width on a phone and a desktop alike.
 */
record WeightChart(List<Group> groups, List<Legend> legend) {

	record Legend(String labelKey, String color) {
	}

	record Bar(String labelKey, String color, double value, double widthPercent) {
	}

	record Group(String theme, List<Bar> bars) {
	}

	/** Colours from the Okabe–Ito palette (distinguishable with colour blindness), all 3:1 or more on white. */
	private static final Map<PartyType, String> COLORS = Map.of(PartyType.RESIDENT, "#0072B2",
			PartyType.MUNICIPALITY, "#D55E00", PartyType.HOUSING_CORPORATION, "#117733", PartyType.ENERGY_COMPANY,
			"#882255", PartyType.GRID_OPERATOR, "#6a3d9a", PartyType.WATER_BOARD, "#00838f", PartyType.ENTREPRENEUR,
			"#8c510a", PartyType.WELFARE_HEALTH, "#c51b7d", PartyType.OTHER, "#555555");

	static WeightChart of(AtelierReport report) {
		JointPicture picture = report.picture();
		List<PartyType> types = picture.partyTypes();
		double max = picture.themes().stream().flatMap(t -> Stream.concat(
				Stream.of(t.mean()), t.byPartyType().values().stream())).mapToDouble(d -> d).max()
				.orElse(0);
		double scale = max <= 0 ? 0 : 100.0 / max;
		List<Group> groups = new ArrayList<>();
		for (JointPicture.ThemeFigure figure : picture.themes()) {
			List<Bar> bars = new ArrayList<>();
			bars.add(new Bar("picture.everyone", "#333333", figure.mean(), figure.mean() * scale));
			for (PartyType type : types) {
				double value = figure.byPartyType().getOrDefault(type, 0.0);
				bars.add(new Bar(type.messageKey(), COLORS.get(type), value, value * scale));
			}
			groups.add(new Group(report.themeName(figure.code()), bars));
		}
		List<Legend> legend = new ArrayList<>();
		legend.add(new Legend("picture.everyone", "#333333"));
		types.forEach(t -> legend.add(new Legend(t.messageKey(), COLORS.get(t))));
		return new WeightChart(groups, legend);
	}

}
