/**
 * The web shell every module's pages live in: language choice, the page layout and its style, error pages,
 * RFC 9457 problem details for the API, and the limits on request bodies ({@link nl.wijkatelier.platform.RequestLimits}).
 * Holds no domain.
 */
@ApplicationModule(displayName = "Web platform", allowedDependencies = {
		"shared",
})
package nl.wijkatelier.platform;

import org.springframework.modulith.ApplicationModule;
