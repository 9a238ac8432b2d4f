/**
 * The knowledge base: resources (the seed report's inspiration links and more), tagged by theme and kind.
 * <p>
 * Entry points: {@link nl.wijkatelier.knowledge.KnowledgeBase}, {@link nl.wijkatelier.knowledge.Tips} and
 * {@link nl.wijkatelier.knowledge.TipFlags} (flags on tips and their review), {@link nl.wijkatelier.knowledge.KnowledgeSearch}.
 */
@ApplicationModule(displayName = "Knowledge base", allowedDependencies = {
		"shared",
		"platform",
		"programme",
		"account", // audit log, personal data export
		"atelier", // published atelier reports are searchable
})
package nl.wijkatelier.knowledge;

import org.springframework.modulith.ApplicationModule;
