package nl.wijkatelier.knowledge;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.knowledge.internal.TipRepository;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ThemeCode;

/**
 * Tips written directly. Anyone with a role in a neighbourhood (or an admin) shares a tip from that
 * neighbourhood in a role of their choosing; it is public at once, and a programme admin may remove it.
 */
@Service
@Transactional(readOnly = true)
public class Tips {

	static final int TEXT_MAX = 2000;

	private final TipRepository tips;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Tips(TipRepository tips, ProgrammeCatalog catalog, ThemeCatalog themes, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.tips = tips;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Every shown tip (hidden ones, see {@link TipFlags}, are left out). */
	public List<Tip> all() {
		return tips.findAll().stream().filter(t -> !t.hidden()).toList();
	}

	/** The neighbourhood's shown tips, newest first. */
	public List<Tip> of(NeighbourhoodId neighbourhood) {
		return tips.findByNeighbourhoodIdOrderByCreatedAtDesc(neighbourhood.value()).stream().filter(t -> !t.hidden())
				.toList();
	}

	/** The tip while it is shown; empty when it is unknown or hidden. */
	public Optional<Tip> findTip(UUID id) {
		return tips.findById(id).filter(t -> !t.hidden());
	}

	public Tip tip(UUID id) {
		return findTip(id).orElseThrow(() -> new NotFoundException("tip", id));
	}

	/** Shares a tip from a neighbourhood the caller takes part in; the text, role and themes are checked first. */
	@Transactional
	public Tip share(NeighbourhoodId neighbourhood, PartyType role, String text, Collection<String> themeCodes) {
		Neighbourhood where = catalog.neighbourhood(neighbourhood);
		CurrentUser user = currentUsers.require(u -> u.admin() || u.belongsTo(neighbourhood));
		Checks checks = new Checks().requiredText("text", text, TEXT_MAX);
		if (role == null) {
			checks.add("partyType", "error.required");
		}
		checks.throwIfAny();
		List<ThemeCode> tags = themes.resolve(where.programmeId(), themeCodes, "themes");
		Tip tip = tips.save(new Tip(where.programmeId(), neighbourhood, role, text.strip(), user.id(), tags,
				clock.instant()));
		events.publishEvent(new TipChanged(tip.id(), false));
		return tip;
	}

	@Transactional
	public void remove(UUID id) {
		currentUsers.require(CurrentUser::admin);
		tips.delete(tips.findById(id).orElseThrow(() -> new NotFoundException("tip", id)));
		events.publishEvent(new TipChanged(id, true));
	}
}
