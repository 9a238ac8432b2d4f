package nl.wijkatelier.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts in a language the bundles lack (a tampered cookie, a command run under another system locale) fall
 * back to Dutch, the product's first language, rather than failing.
 */
@Component
class DutchFallback implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractResourceBasedMessageSource source) {
			source.setDefaultLocale(LocaleConfiguration.DUTCH);
		}
		return bean;
	}
}
