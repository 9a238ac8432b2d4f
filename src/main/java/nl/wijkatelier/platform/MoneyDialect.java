package nl.wijkatelier.platform;

import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import nl.wijkatelier.shared.Money;

/**
 * {@code #money} in every template (pages and PDFs): euro cents shown the way {@link Money} shows them in the
 * page's language, e.g. {@code ${#money.whole(s.totalSavingCents())}} gives € 40.000 in Dutch and € 40,000 in
 * English.
 */
@Component
class MoneyDialect extends AbstractDialect implements IExpressionObjectDialect {

	/** The expression object: amounts in the template's locale. */
	public record Amounts(Locale locale) {
		/** With cents when there are any: € 1.250,50. */
		public String of(long cents) {
			return Money.ofCents(cents).format(locale);
		}

		/** Rounded to whole euros: € 1.251. */
		public String whole(long cents) {
			return Money.ofCents(cents).formatWhole(locale);
		}

		/** Whole euros without the sign, for a sentence that places it: 1.251. */
		public String number(long cents) {
			return Money.ofCents(cents).number(locale);
		}
	}

	MoneyDialect() {
		super("money");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {
			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("money");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return new Amounts(context.getLocale());
			}

			@Override
			public boolean isCacheable(String name) {
				return false;
			}
		};
	}
}
