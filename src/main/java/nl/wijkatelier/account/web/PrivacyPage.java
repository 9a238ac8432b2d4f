package nl.wijkatelier.account.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.wijkatelier.account.PrivacyContact;
import nl.wijkatelier.account.RetentionJob;

/** The privacy statement, with the retention periods as configured on this installation. */
@Controller
class PrivacyPage {

	/**
	 * A period as the page says it: whole years when it is (within two leap days) a number of years, minutes when it
	 * is shorter than a day, else days.
	 */
	record Period(String key, long amount, String unitKey) {
		static Period of(String key, Duration period) {
			if (period.compareTo(Duration.ofDays(1)) < 0) {
				return new Period(key, period.toMinutes(), "privacy.period.minutes");
			}
			long days = period.toDays();
			if (days >= 365 && days % 365 <= 2) {
				return new Period(key, days / 365, "privacy.period.years");
			}
			return new Period(key, days, "privacy.period.days");
		}
	}

	private final RetentionJob retention;
	private final PrivacyContact contact;

	PrivacyPage(RetentionJob retention, PrivacyContact contact) {
		this.retention = retention;
		this.contact = contact;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		List<Period> periods = new ArrayList<>();
		retention.periods().forEach((key, period) -> periods.add(Period.of(key, period)));
		model.addAttribute("periods", periods);
		model.addAttribute("contact", contact);
		return "account/privacy";
	}
}
