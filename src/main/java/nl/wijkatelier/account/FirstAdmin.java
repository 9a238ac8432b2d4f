package nl.wijkatelier.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.platform.FirstStartLock;
import nl.wijkatelier.shared.Tokens;

/** Creates the first programme admin on the first start, when there is none. */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Accounts accounts;
	private final AdminProperties properties;
	private final FirstStartLock firstStart;

	FirstAdmin(Accounts accounts, AdminProperties properties, FirstStartLock firstStart) {
		this.accounts = accounts;
		this.properties = properties;
		this.firstStart = firstStart;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		firstStart.holdUntilCommit();
		if (accounts.hasAdmin()) {
			return;
		}
		boolean generated = properties.password() == null || properties.password().isBlank();
		String password = generated ? Tokens.newToken("").substring(0, 20) : properties.password();
		accounts.register(properties.email(), "Programmabeheerder", password, true);
		if (generated) {
			log.warn("\n\n  First programme admin created: {}\n  One-time password: {}\n"
					+ "  Change it on the profile page, or set WIJKATELIER_ADMIN_EMAIL and WIJKATELIER_ADMIN_PASSWORD.\n",
					properties.email(), password);
		}
		else {
			log.info("First programme admin created: {}", properties.email());
		}
	}
}
