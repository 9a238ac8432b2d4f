package nl.wijkatelier.action;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the actions module under {@code wijkatelier.action} (defaults in application.yml).
 *
 * @param personalDataRetention how long after an action's last day its sign-ups' personal data (name, e-mail,
 *        address) are kept before they are removed; the quantities stay, anonymous, for the totals
 * @param publicUrl the address residents reach the application at, for links in e-mails
 * @param networkLeaverRetention how long the address of someone who left the neighbourhood network is kept
 *        after they left; 30 days, so a "please stop" that crossed an invitation already on its way can be
 *        checked, after which the address is removed (the dates stay for the network's growth figures)
 */
@ConfigurationProperties("wijkatelier.action")
public record ActionProperties(Duration personalDataRetention, String publicUrl,
		Duration networkLeaverRetention) {

	public ActionProperties {
		if (personalDataRetention == null || personalDataRetention.isNegative()) {
			throw new IllegalArgumentException("wijkatelier.action.personal-data-retention must be zero or more");
		}
		publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
		if (networkLeaverRetention != null && networkLeaverRetention.isNegative()) {
			throw new IllegalArgumentException("wijkatelier.action.network-leaver-retention must be zero or more");
		}
		networkLeaverRetention = networkLeaverRetention == null ? Duration.ofDays(30) : networkLeaverRetention;
	}
}
