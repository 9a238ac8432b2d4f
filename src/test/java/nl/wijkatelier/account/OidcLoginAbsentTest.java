package nl.wijkatelier.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.WijkatelierTest;

/** Without WIJKATELIER_OIDC_ISSUER_URI there is no OpenID login: no button, no endpoints, no beans. */
@WijkatelierTest
class OidcLoginAbsentTest {

	@LocalServerPort
	int port;
	@Autowired
	ApplicationContext context;

	@Test
	void noProviderNoButtonNoFlow() {
		String page = Http.browser(port).get("/login").body();
		assertThat(page).doesNotContain("oauth2", "oidc-login");
		assertThat(Http.browser(port).get("/oauth2/authorization/oidc").status()).isEqualTo(404);
		assertThat(context.getBeansOfType(OidcLogin.class)).isEmpty();
		assertThat(context.getBeanNamesForType(
				ClientRegistrationRepository.class)).isEmpty();
	}
}
