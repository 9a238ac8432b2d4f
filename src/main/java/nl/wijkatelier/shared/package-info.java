/**
 * The shared kernel: typed ids, value objects and the domain exceptions every module may throw. No beans,
 * no entities.
 */
package nl.wijkatelier.shared;
