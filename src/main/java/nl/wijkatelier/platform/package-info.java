/**
 * The web shell every module's pages live in: language choice, the page layout and its style, error pages,
 * and RFC 9457 problem details for the API. Holds no domain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web platform")
package nl.wijkatelier.platform;
