/**
 * Accounts, roles, personal API tokens, invitations, consent and the audit log; the web security of the whole
 * application.
 * <p>
 * Entry points: {@link nl.wijkatelier.account.AuditLog} records changes; a module with tokens of its own (atelier
 * participants) plugs in a {@link nl.wijkatelier.account.BearerTokenAuthenticator}.
 */
@ApplicationModule(displayName = "Accounts, roles and privacy", allowedDependencies = {
		"shared",
		"platform",
		"programme", // memberships, CurrentUsers; audits programme changes
		"mail", // invitations and password-reset mails
})
package nl.wijkatelier.account;

import org.springframework.modulith.ApplicationModule;
