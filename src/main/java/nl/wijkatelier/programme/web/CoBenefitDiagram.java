package nl.wijkatelier.programme.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijkatelier.programme.Theme;
import nl.wijkatelier.shared.ThemeCode;

/**
 * The co-benefit links drawn as themes on a circle with arrows between them, in SVG user units (a square of
 * {@link #SIZE}). Arrows stop short of the circles so their heads stay visible.
 */
record CoBenefitDiagram(List<Node> nodes, List<Edge> edges) {

	static final int SIZE = 640;
	private static final double RING = 235;
	private static final double NODE_RADIUS = 58;

	record Node(String code, String label, double x, double y) {
	}

	record Edge(String from, String to, double x1, double y1, double x2, double y2) {
	}

	static CoBenefitDiagram of(List<Theme> themes, Map<ThemeCode, List<ThemeCode>> links, Locale locale) {
		List<Node> nodes = new ArrayList<>();
		Map<ThemeCode, Node> byCode = new HashMap<>();
		double centre = SIZE / 2.0;
		for (int i = 0; i < themes.size(); i++) {
			double angle = -Math.PI / 2 + 2 * Math.PI * i / themes.size();
			Theme theme = themes.get(i);
			Node node = new Node(theme.code().value(), theme.name(locale), round(centre + RING * Math.cos(angle)),
					round(centre + RING * Math.sin(angle)));
			nodes.add(node);
			byCode.put(theme.code(), node);
		}
		List<Edge> edges = new ArrayList<>();
		links.forEach((from, targets) -> targets.forEach(to -> {
			Node a = byCode.get(from);
			Node b = byCode.get(to);
			if (a != null && b != null) {
				double dx = b.x() - a.x();
				double dy = b.y() - a.y();
				double length = Math.hypot(dx, dy);
				double ux = dx / length;
				double uy = dy / length;
				edges.add(new Edge(a.code(), b.code(), round(a.x() + ux * NODE_RADIUS), round(a.y() + uy * NODE_RADIUS),
						round(b.x() - ux * (NODE_RADIUS + 6)), round(b.y() - uy * (NODE_RADIUS + 6))));
			}
		}));
		return new CoBenefitDiagram(List.copyOf(nodes), List.copyOf(edges));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
