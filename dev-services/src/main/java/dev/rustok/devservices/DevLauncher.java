package dev.rustok.devservices;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.security.SecureRandom;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./rustok dev}: the whole platform on this machine, with a demo shop; and
 * {@code ./rustok services}: PostgreSQL and Keycloak for one test run, shared by every
 * module's tests through environment variables written to a file.
 */
public final class DevLauncher {

	private static final String DEMO_SLUG = "demo";

	private static final String DEMO_OWNER = "owner@demo.example";

	private static final String DEMO_PASSWORD = "demo-owner-password";

	private static final int KEYCLOAK_PORT = 8180;

	private static final int KEYCLOAK_MANAGEMENT_PORT = 8190;

	private final Deque<AutoCloseable> started = new ArrayDeque<>();

	private final PrintStream out = System.out;

	private final ExitWatch exitWatch = new ExitWatch(System.err, DevLauncher::exitInTheBackground);

	public static void main(String[] args) throws Exception {
		String command = (args.length > 0) ? args[0] : "dev";
		List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
		DevLauncher launcher = new DevLauncher();
		Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "rustok-stop"));
		try {
			switch (command) {
				case "dev" -> {
					if (!List.of("--bench").containsAll(options)) {
						usage();
					}
					launcher.dev(Path.of("").toAbsolutePath(),
							options.contains("--bench") ? JvmProfile.BENCH : JvmProfile.fromEnvironment());
				}
				case "services" -> launcher.services(Path.of(options.getFirst()));
				default -> usage();
			}
		}
		catch (RuntimeException ex) {
			System.err.println();
			System.err.println("Start-up failed: " + ex.getMessage());
			System.exit(1);
		}
		new CountDownLatch(1).await();
	}

	private static void usage() {
		System.err.println("usage: DevLauncher dev [--bench] | services <env-file>");
		System.exit(2);
	}

	private void dev(Path root, JvmProfile jvm) {
		cleanUpAfterKilledRuns();
		PlatformPorts ports = PlatformPorts.developer();
		List<Integer> needed = new ArrayList<>(ports.all());
		needed.addAll(List.of(KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT));
		requireFree(needed);
		remember(RunRecord.startRecording(RunRecord.defaultFolder()));
		StartProgress progress = new StartProgress(this.out, 7);
		this.out.println("Starting RusToK (PostgreSQL, Keycloak, control plane, 2 runtime nodes, gateway) ...");
		this.out.println("JVM flags of the platform's processes: " + jvm.describe()
				+ ((jvm == JvmProfile.DEV) ? "; ./rustok dev --bench for full JIT" : ""));
		PostgresServer postgres = remember(PostgresServer.start());
		Database database = postgres.createDatabaseNamed("rustok_dev");
		progress.done(postgres.isEmbedded() ? "embedded PostgreSQL on port " + postgres.port()
				: "PostgreSQL at RUSTOK_DB_URL, database rustok_dev (recreated)");
		KeycloakServer keycloak = remember(
				KeycloakServer.start(KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, "admin", "admin"));
		keycloak.process().ifPresent(this.exitWatch::watch);
		progress.done("Keycloak on " + keycloak.baseUrl());
		Path logs = root.resolve("target/rustok-dev/logs");
		PlatformSpec spec = new PlatformSpec(root, database, keycloak, ports, "rustok-dev", randomSecret(), "localhost",
				logs, jvm);
		Platform platform = remember(Platform.start(spec, progress));
		platform.processes().forEach(this.exitWatch::watch);
		PlatformClient client = new PlatformClient(spec);
		client.signUpAndWait("Demo Store", DEMO_SLUG, DEMO_OWNER, DEMO_PASSWORD, Duration.ofMinutes(2));
		String token = client.ownerToken(DEMO_SLUG, DEMO_OWNER, DEMO_PASSWORD);
		List.of(new String[] { "TEE-001", "Organic cotton tee", "2500" },
				new String[] { "MUG-001", "Stoneware mug", "1400" }, new String[] { "CAP-001", "Canvas cap", "1900" })
			.forEach(product -> client.createProduct(DEMO_SLUG, token, product[0], product[1],
					Long.parseLong(product[2]), "EUR"));
		progress.done("demo shop '" + DEMO_SLUG + "' provisioned with 3 products");
		this.out.println();
		this.out.println("RusToK is running. Open:");
		this.out.println("  portal (sign up a shop)  " + spec.portalUrl());
		this.out.println("  demo storefront          " + spec.storefrontUrl(DEMO_SLUG));
		this.out.println("  demo shop admin          " + spec.storefrontUrl(DEMO_SLUG) + "admin  (" + DEMO_OWNER + " / "
				+ DEMO_PASSWORD + ")");
		this.out.println("  demo OpenAPI document    " + spec.storefrontUrl(DEMO_SLUG) + "api/openapi.json");
		this.out.println(
				"  demo products API        " + spec.storefrontUrl(DEMO_SLUG) + "api/admin/products (owner token)");
		this.out.println("  platform console         " + spec.consoleUrl() + "  (" + Platform.CONSOLE_ADMIN_EMAIL
				+ " / " + Platform.CONSOLE_ADMIN_PASSWORD + ")");
		this.out.println("  Keycloak admin console   " + keycloak.baseUrl() + "/admin/  (admin / admin)");
		this.out.println("  demo owner login         " + DEMO_OWNER + " / " + DEMO_PASSWORD
				+ "  (realm tenant-demo, at " + Platform.keycloakPublicUrl(spec) + "/realms/tenant-demo/account)");
		this.out.println("  health (loopback only)   http://127.0.0.1:<" + ports.gatewayManagement() + " gateway, "
				+ ports.controlPlaneManagement() + " control plane, " + ports.runtimeManagement().get(0) + "/"
				+ ports.runtimeManagement().get(1) + " runtimes>/actuator/health");
		this.out.println("  logs                     " + logs);
		this.out.println("Press Ctrl-C to stop everything; every database and realm is deleted then.");
	}

	private void services(Path envFile) throws IOException {
		cleanUpAfterKilledRuns();
		remember(RunRecord.startRecording(RunRecord.defaultFolder()));
		PostgresServer postgres = remember(PostgresServer.start());
		KeycloakServer keycloak = remember(KeycloakServer.start(FreePorts.next(), FreePorts.next(), "admin", "admin"));
		keycloak.process().ifPresent(this.exitWatch::watch);
		String dbUrl = postgres.jdbcUrl("postgres");
		Path partial = envFile.resolveSibling(envFile.getFileName() + ".partial");
		Files.writeString(partial,
				String.join("\n", "export RUSTOK_DB_URL=" + dbUrl, "export RUSTOK_KEYCLOAK_URL=" + keycloak.baseUrl(),
						"export RUSTOK_KEYCLOAK_ADMIN=admin", "export RUSTOK_KEYCLOAK_ADMIN_PASSWORD=admin", ""));
		// the test command waits for this file: it must never see half of it
		Files.move(partial, envFile, StandardCopyOption.ATOMIC_MOVE);
		this.out.println("services ready: PostgreSQL " + dbUrl + ", Keycloak " + keycloak.baseUrl() + " (pid "
				+ keycloak.pid() + ")");
	}

	private <T extends AutoCloseable> T remember(T service) {
		this.started.push(service);
		return service;
	}

	/**
	 * Stops what a launcher killed earlier left running and deletes its data, and says
	 * so.
	 */
	private void cleanUpAfterKilledRuns() {
		List<String> cleaned = RunRecord.cleanUpAfterKilledRuns(RunRecord.defaultFolder());
		cleaned.forEach(line -> this.out.println("Cleaning up: " + line));
	}

	private synchronized void stopAll() {
		if (!this.started.isEmpty()) {
			this.out.println();
			this.out.println("Stopping RusToK ...");
		}
		while (!this.started.isEmpty()) {
			try {
				this.started.pop().close();
			}
			catch (Exception ex) {
				System.err.println("while stopping: " + ex.getMessage());
			}
		}
	}

	/**
	 * Exits from a thread of its own: the exit runs the shutdown hooks, which wait for
	 * processes, and must not block the thread that reported a process's exit.
	 */
	private static void exitInTheBackground() {
		Thread.ofPlatform().name("rustok-exit").start(() -> System.exit(1));
	}

	private static void requireFree(List<Integer> ports) {
		for (int port : ports) {
			if (!FreePorts.isFree(port)) {
				throw new IllegalStateException(
						"port " + port + " is taken; stop what uses it (is RusToK already running?)");
			}
		}
	}

	private static String randomSecret() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
