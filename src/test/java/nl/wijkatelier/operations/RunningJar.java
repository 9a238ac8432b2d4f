package nl.wijkatelier.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as a separate process, started as in production ({@code java -jar} with
 * {@code SERVER_PORT}, {@code WIJKATELIER_DATA_DIR} and {@code SPRING_DATASOURCE_*}), its output in
 * {@code target/it-logs/}. {@link #kill()} is a SIGKILL: the process gets no chance to finish anything.
 */
final class RunningJar implements AutoCloseable {

	static final String ADMIN_EMAIL = "beheer-it@wijkatelier.test";
	static final String ADMIN_PASSWORD = "it-admin-password-2026";
	/** On Linux a process ended by signal N exits with 128 + N; SIGKILL is 9. */
	static final int KILLED_BY_SIGKILL = 128 + 9;
	private static final Duration STARTUP = Duration.ofMinutes(5);
	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;
	private final int port;
	private final int managementPort;
	private final Path log;

	private RunningJar(Process process, int port, int managementPort, Path log) {
		this.process = process;
		this.port = port;
		this.managementPort = managementPort;
		this.log = log;
	}

	static Path jar() {
		return Path.of(System.getProperty("wijkatelier.jar", "target/wijkatelier.jar"));
	}

	/** Starts the jar on the database and waits until it answers its health check. */
	static RunningJar start(String name, String database) {
		return start(name, database, false);
	}

	/** Sign-ups per address and action a jar under test accepts: above the 1,000-household runs sent from here. */
	static final int SIGNUPS_PER_MINUTE = 100_000;
	/** Wrong join codes per address a jar under test accepts before answering 429. */
	static final int FAILED_JOINS_PER_MINUTE = 1_000;

	/**
	 * Starts the jar, with the actuator on a port of its own ({@code MANAGEMENT_SERVER_PORT}) when
	 * {@code separateManagementPort}, and waits until it answers its health check there.
	 */
	static RunningJar start(String name, String database, boolean separateManagementPort) {
		long started = System.nanoTime();
		RunningJar jar = launch(name, database, separateManagementPort);
		jar.awaitHealthy();
		System.out.printf("[it] %s: jar on %s up at port %d (pid %d) in %d ms%n", name, database, jar.port,
				jar.pid(), (System.nanoTime() - started) / 1_000_000);
		return jar;
	}

	/**
	 * Starts the jar without waiting for it, so that several can start at the same moment (as the replicas of a
	 * deployment do); {@link #awaitHealthy()} waits for each.
	 */
	static RunningJar launch(String name, String database, boolean separateManagementPort) {
		int port = freePort(-1);
		int managementPort = separateManagementPort ? freePort(port) : port;
		try {
			Path dataDir = Files.createTempDirectory("wijkatelier-it-" + name);
			Path logs = Files.createDirectories(Path.of("target", "it-logs"));
			Path log = logs.resolve(name + "-" + System.currentTimeMillis() + ".log");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+UseSerialGC", "-jar",
					jar().toAbsolutePath().toString()));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(log.toFile());
			Map<String, String> env = builder.environment();
			env.keySet().removeIf(k -> k.startsWith("WIJKATELIER_") || k.startsWith("SPRING_"));
			env.putAll(Databases.springEnvironment(database));
			env.put("SERVER_PORT", String.valueOf(port));
			if (separateManagementPort) {
				env.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
			}
			env.put("WIJKATELIER_DATA_DIR", dataDir.toString());
			env.put("WIJKATELIER_ADMIN_EMAIL", ADMIN_EMAIL);
			env.put("WIJKATELIER_ADMIN_PASSWORD", ADMIN_PASSWORD);
			// These tests send thousands of sign-ups to one action from this one address (TwoInstancesIT,
			// CrashConsistencyIT): far above a venue's traffic, so the limit per address is raised for them.
			env.put("WIJKATELIER_LIMITS_SIGNUPS_PER_MINUTE", String.valueOf(SIGNUPS_PER_MINUTE));
			env.put("WIJKATELIER_LIMITS_FAILED_JOINS_PER_MINUTE", String.valueOf(FAILED_JOINS_PER_MINUTE));
			return new RunningJar(builder.start(), port, managementPort, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return port;
	}

	/** Where the actuator answers: the application's port unless started with a separate management port. */
	int managementPort() {
		return managementPort;
	}

	long pid() {
		return process.pid();
	}

	boolean alive() {
		return process.isAlive();
	}

	/** SIGKILL (what {@code kill -9} sends; {@link Process#destroyForcibly()} does the same on Linux), checked. */
	void kill() {
		process.destroyForcibly();
		int exit = waitFor(Duration.ofSeconds(30));
		if (exit != KILLED_BY_SIGKILL) {
			throw new IllegalStateException("expected the jar to die of SIGKILL (exit 137), it exited " + exit);
		}
	}

	/** A normal shutdown (SIGTERM); SIGKILL if it has not ended in 30 s. */
	void stop() {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		if (waitFor(Duration.ofSeconds(30)) < 0) {
			process.destroyForcibly();
			waitFor(Duration.ofSeconds(30));
		}
	}

	@Override
	public void close() {
		stop();
	}

	private int waitFor(Duration timeout) {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Waits until the jar answers its health check; fails when it exits or takes longer than the start-up limit. */
	void awaitHealthy() {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/health"))
				.timeout(Duration.ofSeconds(5)).build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the jar exited with " + process.exitValue() + "; log " + log + ":\n" + tail());
			}
			try {
				if (CLIENT.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(300);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the jar did not become healthy in " + STARTUP + "; log " + log + ":\n" + tail());
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A free port other than {@code except} (one already chosen but not yet bound), preferring
	 * {@code WIJKATELIER_IT_PORTS} (e.g. {@code 8095-8097}) where several people share a
	 * machine, otherwise any the system gives.
	 */
	/**
	 * Ports handed out in this test run: a jar launched without waiting has not bound its port yet, so a second
	 * launch must not be given the same one.
	 */
	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private static int freePort(int except) {
		String range = System.getenv("WIJKATELIER_IT_PORTS");
		if (range != null && range.matches("\\d+-\\d+")) {
			String[] ends = range.split("-");
			for (int p = Integer.parseInt(ends[0]); p <= Integer.parseInt(ends[1]); p++) {
				if (p == except || HANDED_OUT.contains(p)) {
					continue;
				}
				try (ServerSocket socket = new ServerSocket(p)) {
					socket.setReuseAddress(true);
					HANDED_OUT.add(p);
					return p;
				}
				catch (IOException ex) {
					// taken
				}
			}
			// every port of the range handed out once: reuse those no longer bound
			HANDED_OUT.clear();
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			int port = socket.getLocalPort();
			return port == except || !HANDED_OUT.add(port) ? freePort(except) : port;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
