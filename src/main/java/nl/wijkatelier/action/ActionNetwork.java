package nl.wijkatelier.action;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.action.internal.ActionEventRepository;
import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.NetworkContactRepository;
import nl.wijkatelier.mail.Mails;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;

/**
 * The neighbourhood's lasting network: residents who opted in, when they did, and the invitation to the next
 * action, sent by e-mail to each of them.
 */
@Service
@Transactional(readOnly = true)
public class ActionNetwork {

	/** Members at the end of a month. */
	public record Point(YearMonth month, int members) {
	}

	private final NetworkContactRepository contacts;
	private final Actions actions;
	private final ActionRepository actionRows;
	private final ActionEventRepository events;
	private final Mails mails;
	private final MessageSource messages;
	private final ActionProperties properties;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	ActionNetwork(NetworkContactRepository contacts, Actions actions, ActionRepository actionRows,
			ActionEventRepository events, Mails mails, MessageSource messages, ActionProperties properties,
			Optional<Clock> clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.contacts = contacts;
		this.actions = actions;
		this.actionRows = actionRows;
		this.events = events;
		this.mails = mails;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Residents who opted in and have not withdrawn. */
	public int size(NeighbourhoodId neighbourhood) {
		return (int) contacts.findByNeighbourhoodIdOrderByJoinedAtAsc(neighbourhood.value()).stream()
				.filter(NetworkContact::member).count();
	}

	/** Members at the end of each month from the first opt-in up to this month (inclusive). */
	public List<Point> growth(NeighbourhoodId neighbourhood) {
		List<NetworkContact> all = contacts.findByNeighbourhoodIdOrderByJoinedAtAsc(neighbourhood.value());
		if (all.isEmpty()) {
			return List.of();
		}
		TreeMap<YearMonth, Integer> delta = new TreeMap<>();
		for (NetworkContact c : all) {
			delta.merge(YearMonth.from(c.joinedAt().atZone(Action.ZONE)), 1, Integer::sum);
			c.leftAt().ifPresent(left -> delta.merge(YearMonth.from(left.atZone(Action.ZONE)), -1, Integer::sum));
		}
		List<Point> points = new ArrayList<>();
		YearMonth month = delta.firstKey();
		YearMonth last = YearMonth.from(clock.instant().atZone(Action.ZONE));
		int members = 0;
		while (!month.isAfter(last) && points.size() < 240) {
			members += delta.getOrDefault(month, 0);
			points.add(new Point(month, members));
			month = month.plusMonths(1);
		}
		return points;
	}

	/**
	 * Invites every member of the action's neighbourhood network to this action by e-mail, once per action; the
	 * e-mails are queued in the transaction that records the invitation. The caller has checked that the person may organise in the neighbourhood.
	 *
	 * @return how many were invited
	 */
	@Transactional
	public int invite(ActionId id, Locale locale) {
		Action action = actions.action(id);
		List<NetworkContact> members = contacts.findByNeighbourhoodIdOrderByJoinedAtAsc(action.neighbourhoodId().value())
				.stream().filter(NetworkContact::member).toList();
		Instant now = clock.instant();
		if (!recordInvitation(id, members.size(), now)) {
			throw new ConflictException("error.action.alreadyInvited");
		}
		String link = properties.publicUrl() + "/actions/" + id;
		String subject = messages.getMessage("mail.invite.subject", new Object[] { action.title() }, locale);
		for (NetworkContact member : members) {
			String leave = properties.publicUrl() + "/actions/network/leave/" + member.leaveToken();
			mails.queue(member.email(), subject, messages.getMessage("mail.invite.body",
					new Object[] { action.title(), action.description().orElse(""), link, leave }, locale));
		}
		return members.size();
	}

	/** Whether a leave link is valid (whether or not its resident already left). */
	public boolean knowsLeaveToken(String token) {
		return token != null && token.length() <= 100 && contacts.findByLeaveToken(token).isPresent();
	}

	/** Takes the resident behind a leave link out of the network; false for an unknown link. */
	@Transactional
	public boolean leave(String token) {
		if (token == null || token.length() > 100) {
			return false;
		}
		return contacts.findByLeaveToken(token).map(contact -> {
			contact.leave(clock.instant());
			publisher.publishEvent(new ActionChanged(new NeighbourhoodId(contact.neighbourhoodId())));
			return true;
		}).orElse(false);
	}

	/**
	 * Records that the network was invited to this action, once: the action row is locked and the event's
	 * unique key refuses a second invitation. False when it was invited before.
	 */
	private boolean recordInvitation(ActionId id, int recipients, Instant at) {
		actionRows.findForUpdate(id.value()).orElseThrow(() -> new NotFoundException("action", id));
		if (events.countByActionIdAndKind(id.value(), ActionEvent.Kind.NETWORK_INVITED) > 0) {
			return false;
		}
		events.save(new ActionEvent(id, ActionEvent.Kind.NETWORK_INVITED, recipients, null, "invitation", at));
		return true;
	}
}
