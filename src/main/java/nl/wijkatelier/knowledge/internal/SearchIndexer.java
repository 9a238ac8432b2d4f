package nl.wijkatelier.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.wijkatelier.atelier.AtelierPublished;
import nl.wijkatelier.atelier.Ateliers;
import nl.wijkatelier.knowledge.KnowledgeBase;
import nl.wijkatelier.knowledge.KnowledgeSearch;
import nl.wijkatelier.knowledge.Resource;
import nl.wijkatelier.knowledge.ResourceChanged;
import nl.wijkatelier.knowledge.Tip;
import nl.wijkatelier.knowledge.TipChanged;
import nl.wijkatelier.knowledge.Tips;
import nl.wijkatelier.knowledge.SearchDocument;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodRegistered;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * Keeps the search index equal to the database: rebuilt from it on start ({@link SearchFollower}), then updated
 * after each committed change, so a change that is rolled back never shows up in search. Changes made by other
 * instances arrive through {@link #refresh(String)}.
 */
@Component
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final KnowledgeSearch search;
	private final KnowledgeBase knowledge;
	private final ProgrammeCatalog catalog;
	private final Ateliers ateliers;
	private final Tips tips;
	private final MessageSource messages;

	SearchIndexer(KnowledgeSearch search, KnowledgeBase knowledge, ProgrammeCatalog catalog, Ateliers ateliers,
			Tips tips, MessageSource messages) {
		this.tips = tips;
		this.messages = messages;
		this.search = search;
		this.knowledge = knowledge;
		this.catalog = catalog;
		this.ateliers = ateliers;
	}

	void rebuild() {
		List<SearchDocument> documents = new ArrayList<>();
		knowledge.allResources().stream().filter(Resource::approved).forEach(r -> documents.add(document(r)));
		catalog.neighbourhoods().forEach(n -> documents.add(document(n)));
		ateliers.publications().forEach(p -> documents.addAll(documents(p)));
		tips.all().forEach(t -> documents.add(document(t)));
		search.rebuild(documents);
		log.info("Search index rebuilt with {} documents", documents.size());
	}

	/**
	 * Indexes a subject of {@link SearchChanges} as the database holds it now, or removes it from the index when the
	 * database no longer has it (or it is not findable): {@code resource:<id>}, {@code tip:<id>},
	 * {@code neighbourhood:<id>} or {@code report:<atelier id>}. Doing it twice does what doing it once does.
	 */
	void refresh(String subject) {
		int colon = subject.indexOf(':');
		String type = colon < 0 ? "" : subject.substring(0, colon);
		String id = subject.substring(colon + 1);
		switch (type) {
			case "resource" -> on(new ResourceChanged(UUID.fromString(id), false));
			case "tip" -> tips.findTip(UUID.fromString(id)).ifPresentOrElse(t -> search.index(document(t)),
					() -> search.remove(subject));
			case "neighbourhood" -> catalog.findNeighbourhood(NeighbourhoodId.of(id))
					.ifPresentOrElse(n -> search.index(document(n)), () -> search.remove(subject));
			case "report" -> ateliers.publications().stream().filter(p -> p.atelier().toString().equals(id)).findFirst()
					.ifPresentOrElse(p -> documents(p).forEach(search::index), () -> search.remove(subject));
			default -> log.warn("Search change of an unknown kind ignored: {}", subject);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(TipChanged changed) {
		if (changed.removed()) {
			search.remove("tip:" + changed.tip());
		}
		else {
			search.index(document(tips.tip(changed.tip())));
		}
	}

	/** A tip reads as its text with where and from whom it comes, in Dutch, the language tips are written in. */
	private SearchDocument document(Tip tip) {
		String where = catalog.findNeighbourhood(tip.neighbourhoodId()).map(Neighbourhood::name).orElse("");
		String role = messages.getMessage(tip.partyType().messageKey(), null, Locale.forLanguageTag("nl"));
		String title = tip.text().length() > 90 ? tip.text().substring(0, 90).strip() + "…" : tip.text();
		return new SearchDocument("tip:" + tip.id(), "tip", title, tip.text() + " (" + where + ", " + role + ")",
				"/knowledge/tips#tip-" + tip.id(), tip.themes(), "TIP", Optional.of(tip.neighbourhoodId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ResourceChanged changed) {
		Optional<Resource> resource = changed.removed() ? Optional.empty()
				: knowledge.findResource(changed.resource());
		if (resource.isPresent() && resource.get().approved()) {
			search.index(document(resource.get()));
		}
		else {
			// Removed, or a proposal an admin has not approved: not findable.
			search.remove(key(changed.resource()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(NeighbourhoodRegistered registered) {
		catalog.findNeighbourhood(registered.neighbourhood()).ifPresent(n -> search.index(document(n)));
	}

	/**
	 * A published atelier's report becomes findable by everything it says (summary, insights, the answers to the
	 * four questions with opportunities, challenges, tough questions and approaches per role, and tips), and each
	 * of its tips on its own.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(AtelierPublished published) {
		documents(published).forEach(search::index);
	}

	private List<SearchDocument> documents(AtelierPublished p) {
		String where = p.neighbourhood().flatMap(catalog::findNeighbourhood).map(Neighbourhood::name).orElse("");
		List<SearchDocument> documents = new ArrayList<>();
		List<String> says = new ArrayList<>(List.of(p.heldOn().toString(), where));
		says.addAll(p.says().texts());
		says.addAll(p.tips());
		documents.add(new SearchDocument("report:" + p.atelier(), "report", p.title(), String.join("\n", says),
				p.reportPath(), p.themes(), "REPORT", p.neighbourhood()));
		for (int i = 0; i < p.tips().size(); i++) {
			String tip = p.tips().get(i);
			String title = tip.length() > 90 ? tip.substring(0, 90).strip() + "…" : tip;
			String role = p.tipRoles().get(i).map(r -> ", " + messages.getMessage(r.messageKey(), null,
					Locale.forLanguageTag("nl"))).orElse("");
			documents.add(new SearchDocument("tip:" + p.atelier() + ":" + i, "tip", title,
					tip + " (" + p.title() + (where.isEmpty() ? "" : ", " + where) + role + ")", p.reportPath(),
					p.themes(), "TIP", p.neighbourhood()));
		}
		return documents;
	}

	static String key(UUID resource) {
		return "resource:" + resource;
	}

	private static SearchDocument document(Resource r) {
		return new SearchDocument(key(r.id()), "resource", r.title(),
				(r.description() == null ? "" : r.description()) + (r.source() == null ? "" : " " + r.source()), r.url(),
				r.themes(), r.kind().name(), Optional.empty());
	}

	private static SearchDocument document(Neighbourhood n) {
		String body = String.join(" ", n.name(), n.municipality(), n.description() == null ? "" : n.description());
		return new SearchDocument("neighbourhood:" + n.id(), "neighbourhood", n.name(), body,
				n.website() == null ? "/neighbourhoods/" + n.id() : n.website(), List.of(), "NEIGHBOURHOOD",
				Optional.of(n.id()));
	}
}
