package nl.wijkatelier.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The documented backup and restore ({@code scripts/backup.sh}, {@code scripts/restore.sh}) round trip: the
 * packaged jar on database X gets data through the API, X is backed up while the jar runs, restored into an
 * empty database Y, and the jar on Y serves the same pages and API answers as it did on X.
 */
@JarOnPostgres
class BackupRestoreIT {

	/**
	 * What differs between two renderings of the same page on the same data: per-session and per-response tokens
	 * (CSRF, the sign-up form's one-time idempotency token, script nonces).
	 */
	private static final List<Pattern> VOLATILE = List.of(
			Pattern.compile("(name=\"(?:_csrf|formToken)\"\\s+value=\")[^\"]*"),
			Pattern.compile("(<meta name=\"_csrf[^\"]*\"\\s+content=\")[^\"]*"),
			Pattern.compile("(nonce=\")[^\"]*"),
			Pattern.compile("(;jsessionid=)[^\"?#&]*"));

	@Test
	void aDatabaseRestoredFromTheBackupServesTheSamePagesAsTheOriginal() throws Exception {
		String original = Databases.fresh("it_backup");
		String restored = Databases.fresh("it_restored");
		Path backup = Files.createTempDirectory("wijkatelier-backup").resolve("wijkatelier.dump");

		List<String> paths;
		Map<String, Api.Answer> before;
		try (RunningJar jar = RunningJar.start("backup-original", original)) {
			paths = addDataAndChoosePages(jar);
			before = fetch(jar, paths);
			Script backedUp = run(original, "scripts/backup.sh", backup.toString());
			assertThat(backedUp.exit()).as(backedUp.output()).isZero();
		}
		assertThat(Files.size(backup)).isPositive();

		Script restoredRun = run(restored, "scripts/restore.sh", backup.toString());
		assertThat(restoredRun.exit()).as(restoredRun.output()).isZero();
		Script again = run(restored, "scripts/restore.sh", backup.toString());
		assertThat(again.exit()).as("a second restore over the now filled database is refused").isEqualTo(3);
		assertThat(again.output()).contains("not empty");

		try (RunningJar jar = RunningJar.start("backup-restored", restored)) {
			Map<String, Api.Answer> after = fetch(jar, paths);
			for (String path : paths) {
				assertThat(after.get(path).status()).as(path).isEqualTo(before.get(path).status());
				String expected = masked(before.get(path).body());
				String actual = masked(after.get(path).body());
				assertThat(actual).as(() -> path + " differs after the restore: " + firstDifference(expected, actual))
						.isEqualTo(expected);
			}
			// The restored database takes new writes (sequences, constraints and the admin's login came along).
			Api admin = Api.admin(jar);
			String action = paths.stream().filter(p -> p.startsWith("/api/v1/actions/")).findFirst().orElseThrow()
					.substring("/api/v1/actions/".length());
			assertThat(admin.signUp(action, "after-restore-household", 3).status()).isEqualTo(201);
			assertThat(Api.anonymous(jar).get("/api/v1/actions/" + action).json().get("households").asInt()).isEqualTo(6);
		}
		System.out.printf("[it] backup of %s (%d bytes) restored into %s: %d pages and API answers identical%n",
				original, Files.size(backup), restored, paths.size());
	}

	/** Adds a neighbourhood with a party, tasks, an action with sign-ups; returns the pages to compare. */
	private static List<String> addDataAndChoosePages(RunningJar jar) throws Exception {
		Api admin = Api.admin(jar);
		String party = "Gemeente Hersteldorp";
		String neighbourhood = admin.neighbourhoodWithParty("Hersteldorp", party);
		Api.Answer imported = admin.importTasks(neighbourhood, Api.taskFile(40, party, "H")).get(2, TimeUnit.MINUTES);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		String action = admin.createAction(neighbourhood, "Tegels eruit in Hersteldorp");
		for (int i = 1; i <= 5; i++) {
			assertThat(Api.anonymous(jar).signUp(action, "restored-household-" + i, i * 7).status()).isEqualTo(201);
		}

		Api anonymous = Api.anonymous(jar);
		String demo = anonymous.get("/api/v1/neighbourhoods").json().get(0).get("id").asString();
		String programme = anonymous.get("/api/v1/programmes").json().get(0).get("slug").asString();
		List<String> paths = new ArrayList<>(List.of("/", "/neighbourhoods/" + neighbourhood,
				"/neighbourhoods/" + demo, "/neighbourhoods/" + neighbourhood + "/works",
				"/neighbourhoods/" + neighbourhood + "/dashboard", "/neighbourhoods/" + demo + "/dashboard",
				"/programmes/" + programme + "/dashboard", "/actions", "/actions/" + action, "/ateliers", "/api/v1/neighbourhoods",
				"/api/v1/neighbourhoods/" + neighbourhood, "/api/v1/neighbourhoods/" + neighbourhood + "/tasks",
				"/api/v1/actions", "/api/v1/actions/" + action, "/api/v1/ateliers", "/api/v1/programmes"));
		JsonNode ateliers = anonymous.get("/api/v1/ateliers").json();
		for (int i = 0; i < Math.min(2, ateliers.size()); i++) {
			paths.add("/ateliers/" + ateliers.get(i).get("id").asString() + "/report");
		}
		return paths;
	}

	private static Map<String, Api.Answer> fetch(RunningJar jar, List<String> paths) {
		Api anonymous = Api.anonymous(jar);
		Map<String, Api.Answer> answers = new LinkedHashMap<>();
		for (String path : paths) {
			Api.Answer answer = anonymous.get(path);
			assertThat(answer.status()).as(path).isEqualTo(200);
			answers.put(path, answer);
		}
		return answers;
	}

	static String masked(String body) {
		String text = body;
		for (Pattern p : VOLATILE) {
			text = p.matcher(text).replaceAll("$1…");
		}
		return text;
	}

	private static String firstDifference(String expected, String actual) {
		String[] a = expected.split("\n", -1);
		String[] b = actual.split("\n", -1);
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			if (!a[i].equals(b[i])) {
				return "line " + (i + 1) + ": before «" + a[i].strip() + "», after «" + b[i].strip() + "»";
			}
		}
		return "lengths " + a.length + " and " + b.length + " lines";
	}

	record Script(int exit, String output) {
	}

	/** Runs a project script with the jar's datasource settings of the database, as an operator would. */
	private static Script run(String database, String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of("bash"));
		line.addAll(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
		builder.environment().keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("SPRING_"));
		builder.environment().putAll(Databases.springEnvironment(database));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		System.out.print("[it] " + String.join(" ", command) + ": " + output);
		return new Script(process.exitValue(), output);
	}
}
