package nl.wijkatelier.action;

/**
 * One thing a household contributes to an action, as a whole number.
 *
 * @param key the field's name in the API and forms, e.g. {@code tiles}
 * @param unitKey message key of the unit, e.g. {@code unit.tiles}
 * @param max the largest sane value for one household (inclusive); anything above is refused as absurd
 */
public record QuantityField(String key, String unitKey, int max) {
}
