package nl.wijkatelier.works;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.wijkatelier.account.Accounts;
import nl.wijkatelier.mail.Mails;
import nl.wijkatelier.programme.Membership;
import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.UserId;

/**
 * The e-mails of werk-met-werk agreements, queued in the caller's transaction to the officers of a party: a
 * proposal that reaches their party, and a newly registered task that couples with one of their tasks. The
 * recipients' language is not known, so each says everything in Dutch first and then in English.
 */
@Component
class CouplingMails {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");
	private static final Locale ENGLISH = Locale.ENGLISH;

	private final Mails mails;
	private final Memberships memberships;
	private final Accounts accounts;
	private final MessageSource messages;

	CouplingMails(Mails mails, Memberships memberships, Accounts accounts, MessageSource messages) {
		this.mails = mails;
		this.memberships = memberships;
		this.accounts = accounts;
		this.messages = messages;
	}

	/** Tells the officers of every owning party (but the proposer) that the proposal awaits their party's answer. */
	void proposed(CouplingProposal proposal, String neighbourhood, Collection<PartyId> owners, UserId proposer) {
		String link = mails.link("/coupling-proposals/" + proposal.id());
		Set<String> to = officers(owners, proposer);
		Object[] args = { proposal.proposedBy(), String.join(", ", proposal.tasks()), neighbourhood,
				proposal.note().orElse("–"), link };
		to.forEach(email -> queue(email, "works.mail.proposed.subject", "works.mail.proposed.body", locale -> args));
	}

	/** Tells a party's officers which of their tasks a newly registered task couples with. */
	void newCouplings(PartyId party, String neighbourhood, String pairs, String worksPath) {
		String link = mails.link(worksPath);
		Object[] args = { neighbourhood, pairs, link };
		officers(Set.of(party), null).forEach(email -> queue(email, "works.mail.newCoupling.subject",
				"works.mail.newCoupling.body", locale -> args));
	}

	private Set<String> officers(Collection<PartyId> parties, UserId except) {
		Set<String> emails = new LinkedHashSet<>();
		for (PartyId party : parties) {
			for (Membership m : memberships.officersOf(party)) {
				if (!m.userId().equals(except)) {
					emails.add(accounts.account(m.userId()).email());
				}
			}
		}
		return emails;
	}

	private void queue(String to, String subjectKey, String bodyKey, Function<Locale, Object[]> arguments) {
		String subject = messages.getMessage(subjectKey, arguments.apply(DUTCH), DUTCH) + " | "
				+ messages.getMessage(subjectKey, arguments.apply(ENGLISH), ENGLISH);
		String body = messages.getMessage(bodyKey, arguments.apply(DUTCH), DUTCH) + "\n\n----- English -----\n\n"
				+ messages.getMessage(bodyKey, arguments.apply(ENGLISH), ENGLISH);
		mails.queue(to, subject, body);
	}
}
