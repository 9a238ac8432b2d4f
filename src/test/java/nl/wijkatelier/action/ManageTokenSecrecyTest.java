package nl.wijkatelier.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.Tokens;
import nl.wijkatelier.shared.UnprocessableException;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * What a copy of the database gives away of a sign-up's manage token: nothing, even to someone who guesses the
 * client's Idempotency-Key, because the sealing key is derived from the server secret.
 */
@WijkatelierTest
class ManageTokenSecrecyTest {

	@Autowired
	CreateAction createAction;
	@Autowired
	SignUp signUp;
	@Autowired
	Actions actions;
	@Autowired
	SignupSecrets secrets;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	JdbcClient jdbc;

	Action newAction() {
		NeighbourhoodId where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hoogkamp"))
				.findFirst().orElseThrow().id();
		return createAction.create(new NewAction(where, "TILE_REMOVAL", "Tegels eruit " + UUID.randomUUID(), null,
				null, null, 10, List.of(), List.of(), false), Optional.empty());
	}

	static SignupDetails tiles(int n) {
		return new SignupDetails(Map.of("tiles", n), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), false);
	}

	String sealedOf(SignupReceipt receipt) {
		return jdbc.sql("select manage_token_sealed from action_signup where id = ?").param(receipt.signupId().value())
				.query(String.class).single();
	}

	@Test
	void theStoredRowAndAGuessedIdempotencyKeyDoNotGiveTheTokenWithoutTheServerSecret() {
		Action action = newAction();
		String weakKey = "0000000000000001";
		SignupReceipt receipt = signUp.signUp(action.id(), Optional.of(weakKey), tiles(3));
		String scope = action.id() + ":" + weakKey;
		String sealed = sealedOf(receipt);

		assertThat(sealed).startsWith("v2:").doesNotContain(receipt.manageToken());
		String body = sealed.substring("v2:".length());
		// The former scheme: the key was the SHA-256 of a fixed prefix and the scope, all of it known to a reader.
		byte[] formerKey = HexFormat.of().parseHex(Tokens.hash("wijkatelier-manage-token:" + scope));
		assertThat(Tokens.unseal(formerKey, body)).isEmpty();
		// Any other secret (here: one guessed) derives another key.
		byte[] guessed = Tokens.hkdf(Tokens.utf8("a guessed server secret of 32 characters"),
				Tokens.utf8("wijkatelier server secret v1"), Tokens.utf8("manage-token seal|" + scope), 32);
		assertThat(Tokens.unseal(guessed, body)).isEmpty();

		assertThat(secrets.unseal(sealed, scope)).contains(receipt.manageToken());
		assertThat(signUp.signUp(action.id(), Optional.of(weakKey), tiles(3)).manageToken())
				.isEqualTo(receipt.manageToken());
	}

	@Test
	void aSignupSealedBeforeTheServerSecretKeepsItsManageLinkButCannotBeRepeated() {
		Action action = newAction();
		String key = UUID.randomUUID().toString();
		SignupReceipt receipt = signUp.signUp(action.id(), Optional.of(key), tiles(2));
		// What the migration leaves of a seal made under the former scheme.
		jdbc.sql("update action_signup set manage_token_sealed = '' where id = ?").param(receipt.signupId().value())
				.update();

		assertThatThrownBy(() -> signUp.signUp(action.id(), Optional.of(key), tiles(2)))
				.isInstanceOfSatisfying(UnprocessableException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("error.action.idempotencyKey.expired"));
		assertThat(actions.managed(receipt.manageToken()).signup().id()).isEqualTo(receipt.signupId());
		assertThat(actions.view(action.id()).households()).isEqualTo(1);
	}
}
