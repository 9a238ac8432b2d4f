package nl.wijkatelier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class TokensTest {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void hkdfGivesTheRfc5869TestVectors() {
		// RFC 5869, appendix A.1 (basic test case with SHA-256)
		byte[] okm = Tokens.hkdf(HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
				HEX.parseHex("000102030405060708090a0b0c"), HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);
		assertThat(HEX.formatHex(okm)).isEqualTo(
				"3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
		// A.3: zero-length salt and info
		byte[] noSalt = Tokens.hkdf(HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), new byte[0],
				new byte[0], 42);
		assertThat(HEX.formatHex(noSalt)).isEqualTo(
				"8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
	}

	@Test
	void aSealOpensOnlyUnderItsOwnKeyAndUnchanged() {
		byte[] key = Tokens.randomBytes(32);
		String sealed = Tokens.seal(key, "wam_secret");
		assertThat(Tokens.unseal(key, sealed)).contains("wam_secret");
		assertThat(Tokens.unseal(Tokens.randomBytes(32), sealed)).isEmpty();
		char[] changed = sealed.toCharArray();
		changed[20] = changed[20] == 'A' ? 'B' : 'A';
		assertThat(Tokens.unseal(key, new String(changed))).isEmpty();
		assertThat(Tokens.unseal(key, "not base64 at all!")).isEmpty();
	}

	@Test
	void keyedHashesDifferByKeyAndTokensByDraw() {
		assertThat(Tokens.keyedHash(Tokens.utf8("a"), "1234AB|5"))
				.isNotEqualTo(Tokens.keyedHash(Tokens.utf8("b"), "1234AB|5"))
				.isEqualTo(Tokens.keyedHash(Tokens.utf8("a"), "1234AB|5"));
		assertThat(Tokens.newToken("wam_")).startsWith("wam_").hasSize(4 + 43).isNotEqualTo(Tokens.newToken("wam_"));
		assertThat(Tokens.hash("x")).hasSize(64).isEqualTo(Tokens.hash("x"));
	}
}
