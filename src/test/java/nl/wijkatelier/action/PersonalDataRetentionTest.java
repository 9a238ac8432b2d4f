package nl.wijkatelier.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.WijkatelierTest;

@WijkatelierTest
class PersonalDataRetentionTest {

	@Autowired
	Actions actions;
	@Autowired
	CreateAction createAction;
	@Autowired
	SignUp signUp;
	@Autowired
	PersonalDataRemoval removal;
	@Autowired
	ActionNetwork network;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	ActionProperties properties;

	@Test
	void personalDataGoesTheConfiguredTimeAfterTheLastDayWhileQuantitiesAndNetworkOptInsStay() {
		NeighbourhoodId where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Groen West"))
				.findFirst().orElseThrow().id();
		LocalDate today = LocalDate.now(Action.ZONE);
		Action action = createAction.create(new NewAction(where, "COLLECTIVE_PURCHASE", "Zonnepanelen " + UUID.randomUUID(),
				null, today.minusDays(30), today, null, List.of(), List.of(), false), Optional.empty());
		String email = "retentie-" + UUID.randomUUID() + "@example.org";
		SignupReceipt receipt = signUp.signUp(action.id(), Optional.empty(), new SignupDetails(
				Map.of("solarPanels", 8), Optional.of("Fam. de Vries"), Optional.of(email), Optional.of("6822 AB"),
				Optional.of("4"), true));
		int members = network.size(where);
		Duration retention = properties.personalDataRetention();
		Instant due = action.endedAt().orElseThrow().plus(retention);

		assertThat(removal.removeExpiredPersonalData(due.minusSeconds(1), retention)).doesNotContain(action.id());
		assertThat(actions.managed(receipt.manageToken()).signup().email()).contains(email);

		assertThat(removal.removeExpiredPersonalData(due, retention)).contains(action.id());
		Signup kept = actions.managed(receipt.manageToken()).signup();
		assertThat(kept.name()).isEmpty();
		assertThat(kept.email()).isEmpty();
		assertThat(kept.postcode()).isEmpty();
		assertThat(kept.houseNumber()).isEmpty();
		assertThat(kept.quantities()).containsEntry("solarPanels", 8);
		assertThat(actions.view(action.id()).households()).isEqualTo(1);
		assertThat(actions.view(action.id()).totals().of("solarPanels")).isEqualTo(8);
		assertThat(actions.action(action.id()).personalDataRemovedAt()).contains(due);
		assertThat(actions.events(action.id())).anyMatch(e -> e.kind() == ActionEvent.Kind.PERSONAL_DATA_REMOVED);
		assertThat(network.size(where)).as("the opt-in was given for the network, not the action").isEqualTo(members);

		assertThat(removal.removeExpiredPersonalData(due.plus(Duration.ofDays(1)), retention))
				.as("cleaned once").doesNotContain(action.id());
	}

	@Test
	void anActionWithoutAnEndDateKeepsItsDataWhileItRuns() {
		NeighbourhoodId where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Groen West"))
				.findFirst().orElseThrow().id();
		Action action = createAction.create(new NewAction(where, "GREENING", "Altijd groen " + UUID.randomUUID(), null,
				null, null, null, List.of(), List.of(), false), Optional.empty());
		assertThat(removal.removeExpiredPersonalData(Instant.now().plus(Duration.ofDays(3650)),
				properties.personalDataRetention())).doesNotContain(action.id());
	}
}
