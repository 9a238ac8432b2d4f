package nl.wijkatelier.platform;

/**
 * An event after which a public page may show something else. Besides the module's after-commit reaction that moves
 * the page versions in the database on (for every instance), {@link PublicPageCache} of the instance that made the
 * change drops its pages as soon as the change committed, so whoever made it sees it on the next page at once.
 */
public interface PublicPageChange {
}
