package nl.wijkatelier.platform;

/**
 * A link a module adds to the main navigation, declared as a bean in that module.
 *
 * @param order position among the module links; lower first
 * @param path the link's path, also the prefix that marks it as the current page
 * @param messageKey message-bundle key of the link text
 */
public record NavigationItem(int order, String path, String messageKey) {
}
