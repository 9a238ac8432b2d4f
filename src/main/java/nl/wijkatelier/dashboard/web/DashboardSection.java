package nl.wijkatelier.dashboard.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import nl.wijkatelier.platform.NavigationItem;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.PageSection;
import nl.wijkatelier.programme.Programme;

/** The link to the dashboard on the neighbourhood page and on the programme page. */
@Component
class DashboardSection implements PageSection {

	record Model(String link, String textKey) {
	}

	@Override
	public Optional<View> render(Page page, Programme programme, Optional<Neighbourhood> neighbourhood,
			Optional<CurrentUser> viewer, Locale locale) {
		String link = neighbourhood.map(n -> "/neighbourhoods/" + n.id() + "/dashboard")
				.orElseGet(() -> "/programmes/" + programme.slug() + "/dashboard");
		return Optional.of(new View(5, "dashboard/section", "dashboard", new Model(link,
				neighbourhood.isPresent() ? "dashboard.section.neighbourhood" : "dashboard.section.programme")));
	}

	@Configuration
	static class Navigation {

		@Bean
		NavigationItem dashboardNavigation() {
			return new NavigationItem(50, "/dashboard", "nav.dashboard");
		}
	}
}
