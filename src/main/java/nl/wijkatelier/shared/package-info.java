/**
 * The shared kernel: typed ids, value objects and the domain exceptions every module may throw. No beans,
 * no entities.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package nl.wijkatelier.shared;

import org.springframework.modulith.ApplicationModule;
