package nl.wijkatelier.account.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.wijkatelier.account.OidcLogin;

/** The login page's "Log in with ..." button, when login with OpenID Connect is configured. */
@ControllerAdvice(assignableTypes = AccountPages.class)
class OidcLoginLink {

	private final ObjectProvider<OidcLogin> oidc;

	OidcLoginLink(ObjectProvider<OidcLogin> oidc) {
		this.oidc = oidc;
	}

	@ModelAttribute
	void oidcLogin(Model model) {
		oidc.ifAvailable(login -> model.addAttribute("oidcLogin", login));
	}
}
