/**
 * The knowledge base: resources (the seed report's inspiration links and more), tagged by theme and kind.
 * <p>
 * Entry points: {@link nl.wijkatelier.knowledge.KnowledgeBase}, {@link nl.wijkatelier.knowledge.Tips} and
 * {@link nl.wijkatelier.knowledge.TipFlags} (flags on tips and their review), {@link nl.wijkatelier.knowledge.KnowledgeSearch}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge base")
package nl.wijkatelier.knowledge;
