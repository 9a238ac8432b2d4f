package nl.wijkatelier.account;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.internal.OidcLinkRepository;

/** The OpenID identities linked to a person's account, in their GDPR export, and gone with the account. */
@Component
class OidcLinkData implements PersonalDataHolder {

	private final OidcLinkRepository links;

	OidcLinkData(OidcLinkRepository links) {
		this.links = links;
	}

	@Override
	public String section() {
		return "openIdLogins";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(DataSubject subject) {
		return links.findByUserIdOrderByLinkedAtAsc(subject.user().value()).stream()
				.map(link -> Map.of("issuer", link.issuer(), "subject", link.subject(), "email", link.email(),
						"linkedAt", link.linkedAt().toString(), "lastLoginAt", link.lastLoginAt().toString()))
				.toList();
	}

	@Override
	@Transactional
	public void erase(DataSubject subject) {
		links.deleteByUserId(subject.user().value());
	}
}
