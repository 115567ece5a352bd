package dev.rustok.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Keycloak: the one named by {@code RUSTOK_KEYCLOAK_URL} when set (the test
 * command starts one per run and shares it), otherwise one started here as a child
 * process on its own ports, with fresh data, and stopped with this JVM.
 */
public final class KeycloakServer implements AutoCloseable {

	private static KeycloakServer shared;

	private final String baseUrl;

	private final String adminUsername;

	private final String adminPassword;

	private final ChildProcess process;

	private final Path data;

	private KeycloakServer(String baseUrl, String adminUsername, String adminPassword, ChildProcess process,
			Path data) {
		this.baseUrl = baseUrl;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
		this.process = process;
		this.data = data;
	}

	/** One Keycloak per test run: the run's shared one, or one for this JVM. */
	public static synchronized KeycloakServer shared() {
		if (shared == null) {
			String url = System.getenv("RUSTOK_KEYCLOAK_URL");
			if (url != null && !url.isBlank()) {
				shared = new KeycloakServer(url.replaceAll("/+$", ""), env("RUSTOK_KEYCLOAK_ADMIN", "admin"),
						env("RUSTOK_KEYCLOAK_ADMIN_PASSWORD", "admin"), null, null);
			}
			else {
				shared = start(FreePorts.next(), FreePorts.next(), "admin", "admin");
				Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "keycloak-shutdown"));
			}
		}
		return shared;
	}

	/**
	 * Starts Keycloak on 127.0.0.1 with fresh data. {@code --cache=local} keeps JGroups
	 * off the network; the management port serves {@code /health/ready}.
	 */
	public static KeycloakServer start(int httpPort, int managementPort, String adminUsername, String adminPassword) {
		Path home = KeycloakDistribution.fromBuild().install();
		Path data = DevPaths.cache().resolve("keycloak-data").resolve(String.valueOf(httpPort));
		DevPaths.deleteTree(data);
		try {
			Files.createDirectories(data);
			RunRecord.current().folder(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
				"--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + httpPort,
				"--http-management-port=" + managementPort, "--hostname-strict=false", "--cache=local",
				"--db-url=jdbc:h2:file:" + data.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE");
		Map<String, String> environment = Map.of("JAVA_HOME", System.getProperty("java.home"),
				"KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername, "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
		ChildProcess process = ChildProcess.start("keycloak", command, environment, home, data.resolve("keycloak.log"));
		Readiness.await(process, "http://127.0.0.1:" + managementPort + "/health/ready", Duration.ofMinutes(3));
		return new KeycloakServer("http://127.0.0.1:" + httpPort, adminUsername, adminPassword, process, data);
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public String adminUsername() {
		return this.adminUsername;
	}

	public String adminPassword() {
		return this.adminPassword;
	}

	/**
	 * The process's id when this JVM started it, for the person who wants to stop it by
	 * hand.
	 */
	public long pid() {
		return (this.process != null) ? this.process.pid() : -1;
	}

	/** The process when this JVM started it, for the launcher to watch it. */
	public Optional<ChildProcess> process() {
		return Optional.ofNullable(this.process);
	}

	/**
	 * Stops the Keycloak this JVM started and deletes its data: every start is fresh
	 * anyway.
	 */
	@Override
	public void close() {
		if (this.process != null) {
			this.process.close();
			DevPaths.deleteTree(this.data);
			RunRecord.current().deleted(this.data);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
