package nl.wijkatelier.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.DataSubject;
import nl.wijkatelier.account.PersonalDataHolder;
import nl.wijkatelier.knowledge.internal.ResourceRepository;
import nl.wijkatelier.knowledge.internal.TipFlagRepository;
import nl.wijkatelier.knowledge.internal.TipRepository;

/**
 * The tips a person wrote and the resources they proposed. Erasing keeps both (the knowledge base and its counts
 * stay) but no longer links them to the person.
 */
@Component
class KnowledgePersonalData implements PersonalDataHolder {

	private final TipRepository tips;
	private final ResourceRepository resources;
	private final TipFlagRepository flags;

	KnowledgePersonalData(TipRepository tips, ResourceRepository resources, TipFlagRepository flags) {
		this.tips = tips;
		this.resources = resources;
		this.flags = flags;
	}

	@Override
	public String section() {
		return "knowledge";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("tips", tips.findByWrittenByOrderByCreatedAtAsc(subject.user().value()).stream()
				.map(t -> Map.of("neighbourhoodId", t.neighbourhoodId().toString(), "partyType", t.partyType().name(),
						"text", t.text(), "createdAt", t.createdAt().toString()))
				.toList());
		data.put("proposedResources", resources.findByProposedByOrderByCreatedAtAsc(subject.user().value()).stream()
				.map(r -> Map.of("title", r.title(), "url", r.url(), "status", r.status().name(),
						"createdAt", r.createdAt().toString()))
				.toList());
		data.put("tipFlags", flags.findByKeyFlaggerOrderByFlaggedAtAsc("user:" + subject.user().value()).stream()
				.map(f -> Map.of("tipId", f.tipId().toString(), "reason", f.reason(), "flaggedAt",
						f.flaggedAt().toString()))
				.toList());
		return data;
	}

	@Override
	@Transactional
	public void erase(DataSubject subject) {
		tips.findByWrittenByOrderByCreatedAtAsc(subject.user().value()).forEach(Tip::forgetAuthor);
		resources.findByProposedByOrderByCreatedAtAsc(subject.user().value()).forEach(Resource::forgetProposer);
		// A flag says who sent it and why; the review it asked for stays in the audit log.
		flags.deleteAll(flags.findByKeyFlaggerOrderByFlaggedAtAsc("user:" + subject.user().value()));
	}
}
