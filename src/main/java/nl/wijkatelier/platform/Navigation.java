package nl.wijkatelier.platform;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/** The module links of the main navigation, read by the layout as {@code @navigation.items()}. */
@Component("navigation")
public class Navigation {

	private final List<NavigationItem> items;

	Navigation(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	public List<NavigationItem> items() {
		return items;
	}
}
