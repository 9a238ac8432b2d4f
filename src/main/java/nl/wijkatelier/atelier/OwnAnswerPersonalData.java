package nl.wijkatelier.atelier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.DataSubject;
import nl.wijkatelier.account.PersonalDataHolder;
import nl.wijkatelier.atelier.internal.OwnAnswerRepository;

/**
 * The answers to the four questions a person wrote on their own, and the party answers they wrote last. Erasing
 * deletes the person's own answers and keeps the party answers (they are the party's), written by nobody in
 * particular.
 */
@Component
class OwnAnswerPersonalData implements PersonalDataHolder {

	private final OwnAnswerRepository answers;

	OwnAnswerPersonalData(OwnAnswerRepository answers) {
		this.answers = answers;
	}

	@Override
	public String section() {
		return "ownAnswers";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(DataSubject subject) {
		return answers.findByWrittenBy(subject.user().value()).stream().map(a -> {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("neighbourhoodId", a.neighbourhoodId().toString());
			answer.put("party", a.party().map(Objects::toString).orElse(""));
			answer.put("integral", a.integral().orElse(""));
			answer.put("opportunities", a.opportunities().orElse(""));
			answer.put("challenges", a.challenges().orElse(""));
			answer.put("approach", a.approach().orElse(""));
			Map<String, Integer> weights = new LinkedHashMap<>();
			a.weights().forEach((code, points) -> weights.put(code.value(), points));
			answer.put("weights", weights);
			answer.put("shared", a.shared());
			answer.put("updatedAt", a.updatedAt().toString());
			return answer;
		}).toList();
	}

	@Override
	@Transactional
	public void erase(DataSubject subject) {
		answers.deleteAll(answers.findByUserId(subject.user().value()));
		answers.findByWrittenBy(subject.user().value()).forEach(OwnAnswer::forgetAuthor);
	}
}
