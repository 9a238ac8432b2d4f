package nl.wijkatelier.action;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.shared.NotFoundException;

/** Changes the organiser's sign-up rules of an action (one per address, e-mail confirmation). */
@Service
public class ChangeSignupRules {

	private final ActionRepository actions;
	private final AuditLog audit;
	private final ApplicationEventPublisher publisher;

	ChangeSignupRules(ActionRepository actions, AuditLog audit, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.actions = actions;
		this.audit = audit;
	}

	/**
	 * Under the action's row lock, so no sign-up is judged half under the old rules (the caller has checked the
	 * role). They apply to new sign-ups; earlier ones stay as they are.
	 */
	@Transactional
	public Action changeRules(ActionId id, SignupRules rules) {
		Action action = actions.findForUpdate(id.value()).orElseThrow(() -> new NotFoundException("action", id));
		if (!action.rules().equals(rules)) {
			action.ruled(rules);
			audit.record("action.rules.changed", "action", id,
					"onePerAddress=" + rules.onePerAddress() + ", emailConfirmation=" + rules.emailConfirmation());
		}
		publisher.publishEvent(ActionChanged.of(action));
		return action;
	}
}
