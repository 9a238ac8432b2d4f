package nl.wijkatelier.action;

import java.util.List;

/**
 * One impact a template estimates, with what is needed to show how: the formula (message key
 * {@code impact.<key>.formula}) and the parameters it reads, each shown with its value and source.
 *
 * @param key e.g. {@code rainKeptFromSewer}; message keys {@code impact.<key>} and {@code impact.<key>.formula}
 * @param unitKey message key of the unit of the estimate
 * @param parameters the parameters the formula reads
 */
public record ImpactMeasure(String key, String unitKey, List<ImpactParameter> parameters, ImpactCalculator calculator) {

	public ImpactMeasure {
		parameters = List.copyOf(parameters);
	}
}
