package nl.wijkatelier.atelier;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retention of the atelier module's personal data, under {@code wijkatelier.atelier.retention}.
 *
 * @param participantNames how long a participant's name is kept after they joined; 365 days covers the feedback
 *        report (weeks) and a follow-up atelier a season or a year later, where people pick up each other's points
 *        by name; after that the role is what the knowledge base needs
 */
@ConfigurationProperties("wijkatelier.atelier.retention")
public record AtelierRetention(Duration participantNames) {

	public AtelierRetention {
		if (participantNames != null && participantNames.isNegative()) {
			throw new IllegalArgumentException("wijkatelier.atelier.retention.participant-names must be zero or more");
		}
		participantNames = participantNames == null ? Duration.ofDays(365) : participantNames;
	}
}
