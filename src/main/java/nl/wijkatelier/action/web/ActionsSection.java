package nl.wijkatelier.action.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.wijkatelier.action.ActionNetwork;
import nl.wijkatelier.action.Actions;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.PageSection;
import nl.wijkatelier.programme.Programme;

/** The neighbourhood page's actions: running actions with their progress and the size of the network. */
@Component
class ActionsSection implements PageSection {

	record Model(String neighbourhood, String neighbourhoodId, List<ActionPages.Card> cards, int networkSize,
			List<ActionNetwork.Point> growth, boolean mayOrganise) {
	}

	private final Actions actions;
	private final ActionNetwork network;
	private final ActionPages pages;

	ActionsSection(Actions actions, ActionNetwork network, ActionPages pages) {
		this.actions = actions;
		this.network = network;
		this.pages = pages;
	}

	/** The last six months of the network's growth: enough to see it grow without a chart. */
	private static List<ActionNetwork.Point> lastMonths(List<ActionNetwork.Point> growth) {
		return growth.subList(Math.max(0, growth.size() - 6), growth.size());
	}

	@Override
	public Optional<View> render(Page page, Programme programme, Optional<Neighbourhood> neighbourhood,
			Optional<CurrentUser> viewer, Locale locale) {
		if (page != Page.NEIGHBOURHOOD || neighbourhood.isEmpty()) {
			return Optional.empty();
		}
		Neighbourhood n = neighbourhood.get();
		List<ActionPages.Card> cards = actions.of(n.id()).stream().map(a -> pages.card(a, locale)).toList();
		return Optional.of(new View(40, "action/section", "neighbourhood", new Model(n.name(), n.id().toString(), cards,
				network.size(n.id()), lastMonths(network.growth(n.id())), viewer.map(u -> Actions.mayOrganise(u, n.id())).orElse(false))));
	}
}
