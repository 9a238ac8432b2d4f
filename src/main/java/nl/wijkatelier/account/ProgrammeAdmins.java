package nl.wijkatelier.account;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.UserId;

/**
 * Who manages which programme, by e-mail address: the programme module keeps the role, this module knows the
 * people. Only a platform admin calls these (checked by the callers).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeAdmins {

	/** A programme admin as listed on the page and in the API. */
	public record Admin(UserId id, String email, String displayName) {
	}

	private final Accounts accounts;
	private final Memberships memberships;

	ProgrammeAdmins(Accounts accounts, Memberships memberships) {
		this.accounts = accounts;
		this.memberships = memberships;
	}

	public List<Admin> of(ProgrammeId programme) {
		return memberships.programmeAdmins(programme).stream().map(m -> accounts.account(m.userId()))
				.map(a -> new Admin(a.id(), a.email(), a.displayName())).toList();
	}

	/** Makes the person with this e-mail address admin of the programme; the account must exist already. */
	@Transactional
	public Admin appoint(ProgrammeId programme, String email) {
		new Checks().requiredText("email", email, 254).throwIfAny();
		UserAccount account = accounts.byEmail(email).orElse(null);
		if (account == null) {
			new Checks().add("email", "error.programmeAdmin.noAccount", email.trim()).throwIfAny();
		}
		memberships.appointProgrammeAdmin(account.id(), programme);
		return new Admin(account.id(), account.email(), account.displayName());
	}

	@Transactional
	public void dismiss(ProgrammeId programme, UserId user) {
		memberships.dismissProgrammeAdmin(user, programme);
	}
}
