/**
 * The knowledge base: resources (the seed report's inspiration links and more), tagged by theme and kind.
 * <p>
 * Entry point: {@link nl.wijkatelier.knowledge.KnowledgeBase}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge base")
package nl.wijkatelier.knowledge;
