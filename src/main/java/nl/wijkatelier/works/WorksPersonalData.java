package nl.wijkatelier.works;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.DataSubject;
import nl.wijkatelier.account.PersonalDataHolder;
import nl.wijkatelier.works.internal.AgreementPeople;

/**
 * The coupling agreements a person proposed, answered for their party or withdrew. Erasing keeps the agreements
 * and answers (the owners' decisions stand) but replaces the person's name by the pseudonym the audit log uses.
 */
@Component
class WorksPersonalData implements PersonalDataHolder {

	private final AgreementPeople people;

	WorksPersonalData(AgreementPeople people) {
		this.people = people;
	}

	@Override
	public String section() {
		return "couplingAgreements";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("proposed", people.proposed(subject.user().value()));
		data.put("answered", people.answered(subject.user().value()));
		data.put("withdrawn", people.withdrawn(subject.user().value()));
		return data;
	}

	@Override
	@Transactional
	public void erase(DataSubject subject) {
		people.pseudonymise(subject.user().value(), "deleted-account-" + subject.user().value().toString().substring(0, 8));
	}
}
