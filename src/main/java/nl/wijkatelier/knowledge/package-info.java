/**
 * The knowledge base: resources (the seed report's inspiration links and more), tagged by theme and kind.
 * <p>
 * Entry point: {@link nl.wijkatelier.knowledge.KnowledgeBase}.
 */
@ApplicationModule(displayName = "Knowledge base", allowedDependencies = {
		"shared",
		"platform",
		"programme",
		"account",
		"atelier",
})
package nl.wijkatelier.knowledge;

import org.springframework.modulith.ApplicationModule;
