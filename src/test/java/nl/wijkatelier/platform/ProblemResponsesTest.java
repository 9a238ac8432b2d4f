package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemResponsesTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void writesAProblemThatParsesBackToTheSameTexts() throws Exception {
		String title = "Quote \" backslash \\ slash / end";
		String detail = "line\nbreak\ttab \u0000 nul \u0007 bell \u2028 separator </script> \uD83C\uDF31";
		MockHttpServletResponse response = new MockHttpServletResponse();

		ProblemResponses.write(response, 429, title, detail);

		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(response.getContentAsString());
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("title").asString()).isEqualTo(title);
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("detail").asString()).isEqualTo(detail);
		assertThat(problem.size()).isEqualTo(4);
	}

	@Test
	void escapesControlCharactersInsteadOfWritingThemRaw() {
		String body = ProblemResponses.body(400, "t", "a\nb\u0001c");

		assertThat(body).doesNotContain("\n").doesNotContain("\u0001").contains("\\n").contains("\\u0001");
	}
}
