package nl.wijkatelier.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the knowledge base under {@code wijkatelier.knowledge}.
 *
 * @param tipFlagsPerHour flags on tips one client address may send in any hour; 10 lets a household sharing an
 *        address report every bad tip it meets, while one address cannot bury a tip's review under flags (each
 *        person's flag on a tip counts once anyway)
 */
@ConfigurationProperties("wijkatelier.knowledge")
public record KnowledgeProperties(Integer tipFlagsPerHour) {

	public KnowledgeProperties {
		tipFlagsPerHour = tipFlagsPerHour == null ? 10 : tipFlagsPerHour;
		if (tipFlagsPerHour < 1) {
			throw new IllegalArgumentException("wijkatelier.knowledge.tip-flags-per-hour must be at least 1");
		}
	}
}
