package nl.wijkatelier.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import nl.wijkatelier.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * The Kubernetes manifests under {@code deploy/kubernetes/}, read as YAML and held to the rules of a Haven cluster
 * and of this application: two replicas that keep one through a disruption, probes on the actuator's paths and
 * port, resources, a non-root read-only container without capabilities, and only environment variables the
 * application reads. No cluster needed: what {@code kubeconform} cannot know (does the probe port serve the
 * actuator, does the PDB select these pods) is checked here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesManifestsTest {

	static final Path DIRECTORY = Path.of("deploy", "kubernetes");

	private final Map<String, List<Map<String, Object>>> files = new TreeMap<>();
	private final List<Map<String, Object>> objects = new ArrayList<>();

	@BeforeAll
	void readEveryManifest() throws IOException {
		try (Stream<Path> paths = Files.list(DIRECTORY)) {
			for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
				List<Map<String, Object>> documents = new ArrayList<>();
				try (Reader reader = Files.newBufferedReader(path)) {
					for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
						assertThat(document).as(path + " holds mappings").isInstanceOf(Map.class);
						documents.add(map(document));
					}
				}
				files.put(path.getFileName().toString(), documents);
				if (!path.getFileName().toString().equals("kustomization.yaml")) {
					objects.addAll(documents);
				}
			}
		}
		assertThat(files).containsKeys("kustomization.yaml", "deployment.yaml", "service.yaml",
				"poddisruptionbudget.yaml", "ingress.yaml");
	}

	@Test
	void everyObjectHasAnApiVersionKindAndName() {
		for (Map<String, Object> object : objects) {
			assertThat(object.get("apiVersion")).as(object.toString()).isInstanceOf(String.class);
			assertThat(object.get("kind")).as(object.toString()).isInstanceOf(String.class);
			assertThat(string(object, "metadata", "name")).as(object.toString()).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
		}
	}

	@Test
	void theKustomizationListsEveryManifestButTheSecretExample() {
		List<Object> resources = list(files.get("kustomization.yaml").get(0), "resources");
		Set<String> expected = new HashSet<>(files.keySet());
		expected.removeAll(Set.of("kustomization.yaml", "secret.example.yaml"));
		assertThat(resources).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void twoReplicasRollOneAtATimeAndADisruptionLeavesOne() {
		Map<String, Object> deployment = only("Deployment");
		assertThat(number(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
		assertThat(number(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable")).isZero();
		Map<String, Object> labels = map(get(deployment, "spec", "template", "metadata", "labels"));
		assertThat(labels).containsAllEntriesOf(map(get(deployment, "spec", "selector", "matchLabels")));

		Map<String, Object> budget = only("PodDisruptionBudget");
		assertThat(number(budget, "spec", "minAvailable")).isEqualTo(1);
		assertThat(number(budget, "spec", "minAvailable")).isLessThan(number(deployment, "spec", "replicas"));
		assertThat(labels).as("the budget selects the Deployment's pods")
				.containsAllEntriesOf(map(get(budget, "spec", "selector", "matchLabels")));
		for (Map<String, Object> policy : all("NetworkPolicy")) {
			assertThat(labels).containsAllEntriesOf(map(get(policy, "spec", "podSelector", "matchLabels")));
		}
	}

	@Test
	void probesAskTheActuatorOnItsPort() {
		Map<String, Object> container = container();
		Map<String, String> env = plainEnvironment(container);
		int actuatorPort = Integer.parseInt(env.getOrDefault("MANAGEMENT_SERVER_PORT", env.getOrDefault("SERVER_PORT", "8080")));
		Map<String, String> paths = Map.of("livenessProbe", "/actuator/health/liveness", "readinessProbe",
				"/actuator/health/readiness", "startupProbe", "/actuator/health/liveness");
		for (String probe : List.of("livenessProbe", "readinessProbe")) {
			assertThat(container).as(probe).containsKey(probe);
		}
		paths.forEach((probe, path) -> {
			if (container.containsKey(probe)) {
				assertThat(string(container, probe, "httpGet", "path")).as(probe).isEqualTo(path);
				assertThat(containerPort(container, get(container, probe, "httpGet", "port"))).as(probe + " port")
						.isEqualTo(actuatorPort);
			}
		});
		Map<String, Object> annotations = map(get(only("Deployment"), "spec", "template", "metadata", "annotations"));
		assertThat(annotations.get("prometheus.io/port")).isEqualTo(String.valueOf(actuatorPort));
		assertThat(annotations.get("prometheus.io/path")).isEqualTo("/actuator/prometheus");
		// The management port stays inside: not in the Service, so not behind the Ingress.
		for (Object port : list(only("Service"), "spec", "ports")) {
			assertThat(containerPort(container, map(port).get("targetPort"))).isNotEqualTo(actuatorPort)
					.isEqualTo(Integer.parseInt(env.getOrDefault("SERVER_PORT", "8080")));
		}
	}

	@Test
	void everyContainerHasRequestsAndLimits() {
		for (Map<String, Object> container : containers()) {
			for (String kind : List.of("requests", "limits")) {
				for (String resource : List.of("cpu", "memory")) {
					assertThat(get(container, "resources", kind, resource)).as(kind + " " + resource).isNotNull();
				}
			}
		}
	}

	@Test
	void podsRunAsTheImagesNonRootUserReadOnlyWithoutCapabilities() throws IOException {
		Map<String, Object> pod = map(get(only("Deployment"), "spec", "template", "spec"));
		assertThat(get(pod, "automountServiceAccountToken")).isEqualTo(false);
		Matcher jibUser = Pattern.compile("<user>(\\d+):(\\d+)</user>").matcher(Files.readString(Path.of("pom.xml")));
		assertThat(jibUser.find()).as("the image's user in the Jib configuration").isTrue();
		assertThat(number(pod, "securityContext", "runAsUser")).isEqualTo(Integer.parseInt(jibUser.group(1))).isPositive();
		assertThat(number(pod, "securityContext", "runAsGroup")).isEqualTo(Integer.parseInt(jibUser.group(2)));
		for (Map<String, Object> container : containers()) {
			Map<String, Object> security = map(container.get("securityContext"));
			assertThat(Optional.ofNullable(security.get("runAsNonRoot")).orElse(get(pod, "securityContext", "runAsNonRoot")))
					.isEqualTo(true);
			assertThat(security.get("allowPrivilegeEscalation")).isEqualTo(false);
			assertThat(security.get("readOnlyRootFilesystem")).isEqualTo(true);
			assertThat(list(security, "capabilities", "drop")).contains("ALL");
			assertThat(Optional.ofNullable(get(security, "seccompProfile", "type"))
					.orElse(get(pod, "securityContext", "seccompProfile", "type"))).isEqualTo("RuntimeDefault");
			// A read-only root leaves /tmp (Tomcat's work files, the JVM's temporary files) to an emptyDir.
			String tmpVolume = list(container, "volumeMounts").stream().map(KubernetesManifestsTest::map)
					.filter(m -> "/tmp".equals(m.get("mountPath"))).map(m -> (String) m.get("name")).findFirst()
					.orElseThrow(() -> new AssertionError("no volume at /tmp"));
			assertThat(list(pod, "volumes").stream().map(KubernetesManifestsTest::map)
					.filter(v -> tmpVolume.equals(v.get("name"))).findFirst().orElseThrow()).containsKey("emptyDir");
		}
	}

	@Test
	void theServiceAndIngressReachTheApplicationsPort() {
		Map<String, Object> service = only("Service");
		Map<String, Object> labels = map(get(only("Deployment"), "spec", "template", "metadata", "labels"));
		assertThat(labels).containsAllEntriesOf(map(get(service, "spec", "selector")));
		Set<Object> servicePorts = new HashSet<>();
		for (Object port : list(service, "spec", "ports")) {
			servicePorts.add(map(port).get("name"));
			servicePorts.add(map(port).get("port"));
			containerPort(container(), map(port).get("targetPort"));
		}
		int routed = 0;
		for (Map<String, Object> ingress : all("Ingress")) {
			for (Object rule : list(ingress, "spec", "rules")) {
				for (Object path : list(map(rule), "http", "paths")) {
					Map<String, Object> backend = map(get(map(path), "backend", "service"));
					assertThat(backend.get("name")).isEqualTo(string(service, "metadata", "name"));
					Map<String, Object> port = map(backend.get("port"));
					assertThat(servicePorts).contains(port.containsKey("name") ? port.get("name") : port.get("number"));
					routed++;
				}
			}
		}
		assertThat(routed).as("paths the Ingress routes to the Service").isPositive();
	}

	@Test
	void secretsReferredToExistInTheExampleWithTheirKeys() {
		Map<String, Set<String>> example = new HashMap<>();
		for (Map<String, Object> secret : files.get("secret.example.yaml")) {
			assertThat(secret.get("kind")).isEqualTo("Secret");
			example.put(string(secret, "metadata", "name"), map(secret.get("stringData")).keySet());
		}
		Set<String> referred = new TreeSet<>();
		for (Object variable : list(container(), "env")) {
			Object ref = get(map(variable), "valueFrom", "secretKeyRef");
			if (ref != null) {
				assertThat(example).containsKey((String) map(ref).get("name"));
				assertThat(example.get(map(ref).get("name"))).as(map(variable).get("name").toString())
						.contains((String) map(ref).get("key"));
				referred.add(map(ref).get("name") + "/" + map(ref).get("key"));
			}
		}
		assertThat(referred).as("the database credentials come from a Secret")
				.contains("wijkatelier-database/url", "wijkatelier-database/username", "wijkatelier-database/password");
	}

	/**
	 * Every variable set on the container is one the application reads: a {@code ${NAME}} placeholder in its
	 * application.yml, or the environment form of a property (Spring Boot's relaxed binding: upper case, dots to
	 * underscores, dashes dropped) that application.yml sets, one of the application's own
	 * {@code @ConfigurationProperties} binds, or a Spring Boot module documents in its metadata.
	 */
	@Test
	void everyEnvironmentVariableIsOneTheApplicationReads() throws IOException {
		Set<String> known = new HashSet<>();
		String applicationYml = Files.readString(Path.of("src", "main", "resources", "application.yml"));
		Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(applicationYml);
		while (placeholder.find()) {
			known.add(placeholder.group(1));
		}
		Object application = new Yaml(new SafeConstructor(new LoaderOptions())).load(applicationYml);
		flatten("", application, known);
		Set<String> prefixes = new HashSet<>();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents("nl.wijkatelier")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
			String prefix = type.getAnnotation(ConfigurationProperties.class).value();
			bound(environmentForm(prefix), type, known, prefixes);
		}
		assertThat(known).as("the application's own properties").contains("WIJKATELIER_ADMIN_EMAIL");
		List<URL> metadata = Collections.list(getClass().getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json"));
		assertThat(metadata).as("Spring Boot's configuration metadata on the class path").hasSizeGreaterThan(5);
		for (URL url : metadata) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : Http.JSON.readTree(in).path("properties")) {
					String name = property.get("name").asString();
					known.add(environmentForm(name));
					if (property.path("type").asString("").startsWith("java.util.Map")) {
						prefixes.add(environmentForm(name) + "_");
					}
				}
			}
		}
		assertThat(known).contains("SPRING_DATASOURCE_URL", "MANAGEMENT_SERVER_PORT", "WIJKATELIER_DEMO_ENABLED");
		for (Object variable : list(container(), "env")) {
			String name = (String) map(variable).get("name");
			assertThat(known.contains(name) || prefixes.stream().anyMatch(name::startsWith))
					.as(name + " is read by the application").isTrue();
		}
	}

	/** The environment names a properties type binds under the prefix, nested types included. */
	private static void bound(String prefix, Class<?> type, Set<String> into, Set<String> prefixes) {
		List<Map.Entry<String, Class<?>>> members = new ArrayList<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				members.add(Map.entry(component.getName(), component.getType()));
			}
		}
		else {
			for (Field field : type.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					members.add(Map.entry(field.getName(), field.getType()));
				}
			}
		}
		for (Map.Entry<String, Class<?>> member : members) {
			String name = prefix + "_" + member.getKey().toUpperCase(Locale.ROOT);
			into.add(name);
			if (Map.class.isAssignableFrom(member.getValue()) || List.class.isAssignableFrom(member.getValue())) {
				prefixes.add(name + "_");
			}
			else if (member.getValue().getName().startsWith("nl.wijkatelier.") && !member.getValue().isEnum()) {
				bound(name, member.getValue(), into, prefixes);
			}
		}
	}

	private static void flatten(String prefix, Object node, Set<String> into) {
		if (node instanceof Map<?, ?> m) {
			m.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, into));
		}
		else {
			into.add(environmentForm(prefix));
		}
	}

	static String environmentForm(String property) {
		return property.replace("-", "").replace('.', '_').replace("[", "_").replace("]", "").toUpperCase(Locale.ROOT);
	}

	private Map<String, Object> only(String kind) {
		List<Map<String, Object>> found = all(kind);
		assertThat(found).as("one " + kind).hasSize(1);
		return found.get(0);
	}

	private List<Map<String, Object>> all(String kind) {
		return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
	}

	private List<Map<String, Object>> containers() {
		return list(only("Deployment"), "spec", "template", "spec", "containers").stream()
				.map(KubernetesManifestsTest::map).toList();
	}

	private Map<String, Object> container() {
		List<Map<String, Object>> containers = containers();
		assertThat(containers).hasSize(1);
		return containers.get(0);
	}

	private static Map<String, String> plainEnvironment(Map<String, Object> container) {
		Map<String, String> env = new HashMap<>();
		for (Object variable : list(container, "env")) {
			Map<String, Object> v = map(variable);
			if (v.get("value") != null) {
				env.put((String) v.get("name"), v.get("value").toString());
			}
		}
		return env;
	}

	/** The container port a probe or Service refers to, by name or number; fails when the container has none. */
	private static int containerPort(Map<String, Object> container, Object reference) {
		for (Object port : list(container, "ports")) {
			Map<String, Object> p = map(port);
			if (reference.equals(p.get("name")) || reference.equals(p.get("containerPort"))) {
				return ((Number) p.get("containerPort")).intValue();
			}
		}
		throw new AssertionError("the container has no port " + reference);
	}

	private static Object get(Map<String, Object> object, String... path) {
		Object node = object;
		for (String key : path) {
			if (!(node instanceof Map<?, ?> m)) {
				return null;
			}
			node = m.get(key);
		}
		return node;
	}

	private static String string(Map<String, Object> object, String... path) {
		Object value = get(object, path);
		assertThat(value).as(String.join(".", path)).isInstanceOf(String.class);
		return (String) value;
	}

	private static int number(Map<String, Object> object, String... path) {
		Object value = get(object, path);
		assertThat(value).as(String.join(".", path)).isInstanceOf(Integer.class);
		return (Integer) value;
	}

	private static List<Object> list(Map<String, Object> object, String... path) {
		Object value = get(object, path);
		assertThat(value).as(String.join(".", path)).isInstanceOf(List.class);
		@SuppressWarnings("unchecked")
		List<Object> list = (List<Object>) value;
		return list;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object node) {
		assertThat(node).isInstanceOf(Map.class);
		return (Map<String, Object>) node;
	}
}
