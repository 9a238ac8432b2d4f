package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text exists in Dutch and in English: the two bundles of each module have the same keys. */
class MessageBundlesTest {

	static Set<String> bundles() throws IOException {
		Set<String> names = new TreeSet<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_nl.properties")) {
			names.add(resource.getFilename().replace("_nl.properties", ""));
		}
		return names;
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void dutchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
		Properties nl = load("messages/" + bundle + "_nl.properties");
		Properties en = load("messages/" + bundle + "_en.properties");
		assertThat(nl.stringPropertyNames()).as("keys of " + bundle).isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
