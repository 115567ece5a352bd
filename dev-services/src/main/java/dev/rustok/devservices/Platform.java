package dev.rustok.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The platform's processes (control plane, runtime nodes, gateway) started from the built
 * jars, the same way for {@code ./rustok dev} and for the end-to-end journeys.
 */
public final class Platform implements AutoCloseable {

	/**
	 * The platform console's first admin, created with the realm {@code platform}: for
	 * local development and tests only.
	 */
	public static final String CONSOLE_ADMIN_EMAIL = "admin@platform.example";

	public static final String CONSOLE_ADMIN_PASSWORD = "platform-admin-password";

	// generous: four JVMs starting side by side on a loaded 2-core machine took 216 s
	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	/**
	 * The Spring profile of local development and tests (committed dev values allowed).
	 */
	static final String DEV_PROFILE = "dev";

	private final PlatformSpec spec;

	private final List<ChildProcess> processes;

	private Platform(PlatformSpec spec, List<ChildProcess> processes) {
		this.spec = spec;
		this.processes = List.copyOf(processes);
	}

	/**
	 * Starts every process at once (they start faster side by side than one after
	 * another) in the {@code dev} profile and returns when all of them answer their
	 * health check on their management port.
	 */
	public static Platform start(PlatformSpec spec, StartProgress progress) {
		List<ChildProcess> processes = new ArrayList<>();
		PlatformPorts ports = spec.ports();
		Map<ChildProcess, Integer> health = new LinkedHashMap<>();
		// before the control plane provisions a shop, so each shop's realm is granted to
		// it (docs/adr/0078)
		String staffClientSecret = new StaffAdminClient(spec.keycloak()).ensureAndReadSecret();
		// browsers reach the shops' realms through the gateway on auth.<domain>, where
		// password attempts are counted per address; new shop realms name it as their
		// frontend URL, so it is their tokens' issuer too (docs/adr/0091)
		String keycloakPublicUrl = keycloakPublicUrl(spec);
		try {
			ChildProcess controlPlane = app(spec, "control-plane/control-plane-app", ports.controlPlane(),
					ports.controlPlaneManagement(), ports.hazelcast().get(0))
				.set("rustok.keycloak.url", spec.keycloak().baseUrl())
				.set("rustok.keycloak.public-url", keycloakPublicUrl)
				.set("rustok.keycloak.admin-username", spec.keycloak().adminUsername())
				.secret("rustok.keycloak.admin-password", spec.keycloak().adminPassword())
				// tests and the launcher sign owners in with the password grant of the
				// tenant realms' rustok-dev-cli client, which only this setting creates
				.set("rustok.keycloak.dev-password-grant-client", true)
				.set("rustok.platform.domain", spec.domain())
				.set("rustok.platform.public-url-port", ports.gateway())
				.set("rustok.console.realm", spec.consoleRealm())
				.set("rustok.console.bootstrap-admin-email", CONSOLE_ADMIN_EMAIL)
				.secret("rustok.console.bootstrap-admin-password", CONSOLE_ADMIN_PASSWORD)
				.start("control-plane", spec.root(), spec.logs().resolve("control-plane.log"));
			processes.add(controlPlane);
			health.put(controlPlane, ports.controlPlane());
			for (int node = 0; node < ports.runtimes().size(); node++) {
				String name = "runtime-" + (node + 1);
				ChildProcess runtime = app(spec, "tenant-runtime/runtime-app", ports.runtimes().get(node),
						ports.runtimeManagement().get(node), ports.hazelcast().get(node + 1))
					.set("rustok.keycloak.url", spec.keycloak().baseUrl())
					.set("rustok.keycloak.public-url", keycloakPublicUrl)
					.secret("rustok.gateway.secret", spec.gatewaySecret())
					.secret("rustok.staff.keycloak-client-secret", staffClientSecret)
					.start(name, spec.root(), spec.logs().resolve(name + ".log"));
				processes.add(runtime);
				health.put(runtime, ports.runtimes().get(node));
			}
			ServiceCommand gatewayCommand = app(spec, "gateway", ports.gateway(), ports.gatewayManagement(),
					ports.hazelcast().get(ports.hazelcast().size() - 1));
			spec.gatewaySettings().forEach(gatewayCommand::set);
			ChildProcess gateway = gatewayCommand.secret("rustok.gateway.secret", spec.gatewaySecret())
				// the gateway checks shop tokens against the realms' keys (docs/adr/0046)
				.set("rustok.keycloak.url", spec.keycloak().baseUrl())
				.set("rustok.keycloak.public-url", keycloakPublicUrl)
				.set("rustok.platform.domain", spec.domain())
				// the auth host serves the shop realms and this one alone (docs/adr/0111)
				.set("rustok.console.realm", spec.consoleRealm())
				.set("rustok.gateway.control-plane-url", "http://127.0.0.1:" + ports.controlPlane())
				.set("rustok.gateway.runtime-urls",
						String.join(",", ports.runtimes().stream().map(port -> "http://127.0.0.1:" + port).toList()))
				// the gateway's pool checks each node's health on its management port
				.set("rustok.gateway.runtime-health-urls",
						String.join(",", ports.runtimeManagement().stream().map(Platform::healthUrl).toList()))
				// the gateway holds no route data: losing it loses nothing
				// (docs/adr/0012)
				.set("rustok.cluster.role", "lite")
				.start("gateway", spec.root(), spec.logs().resolve("gateway.log"));
			processes.add(gateway);
			health.put(gateway, ports.gateway());

			List<CompletableFuture<Void>> ready = health.entrySet()
				.stream()
				.map(entry -> CompletableFuture.runAsync(() -> {
					Readiness.await(entry.getKey(), healthUrl(ports.managementPortOf(entry.getValue())), START_TIMEOUT);
					progress.done(entry.getKey().name() + " ready on http://127.0.0.1:" + entry.getValue());
				}))
				.toList();
			CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
			return new Platform(spec, processes);
		}
		catch (RuntimeException ex) {
			processes.reversed().forEach(ChildProcess::close);
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/**
	 * Keycloak as browsers reach it: the gateway's {@code auth.<domain>} host
	 * ({@code PlatformHosts.auth} in control-plane-api).
	 */
	public static String keycloakPublicUrl(PlatformSpec spec) {
		return "http://auth." + spec.domain() + ":" + spec.ports().gateway();
	}

	/**
	 * A platform jar in the {@code dev} profile, its settings as arguments and its
	 * secrets in its environment. The gateway gets no database settings: it has no
	 * database.
	 */
	private static ServiceCommand app(PlatformSpec spec, String module, int port, int managementPort,
			int hazelcastPort) {
		ServiceCommand command = ServiceCommand.of(bootJar(spec.root().resolve(module).resolve("target")), spec.jvm())
			.profiles(DEV_PROFILE)
			.set("server.port", port)
			.set("management.server.port", managementPort)
			.set("management.server.address", "127.0.0.1")
			.set("rustok.cluster.name", spec.clusterName())
			.set("rustok.cluster.port", hazelcastPort)
			.set("rustok.cluster.members", spec.ports().hazelcastMembers());
		if (!module.equals("gateway")) {
			command.set("spring.datasource.url", spec.database().jdbcUrl())
				.set("spring.datasource.username", spec.database().username())
				.secret("spring.datasource.password", spec.database().password());
		}
		return command;
	}

	private static String healthUrl(int managementPort) {
		return "http://127.0.0.1:" + managementPort + "/actuator/health";
	}

	/** The Spring Boot jar a module's build left in {@code target}. */
	public static Path bootJar(Path target) {
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(path -> path.toString().endsWith(".jar"))
				.filter(path -> !path.toString().endsWith("-plain.jar") && !path.toString().endsWith(".original"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no jar in " + target + ": run ./mvnw package first"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no build output at " + target + ": run ./mvnw package first", ex);
		}
	}

	public PlatformSpec spec() {
		return this.spec;
	}

	/**
	 * The processes, in start order: control plane, runtime nodes, gateway; for the
	 * launcher to watch them, and for tests that kill one or inspect them.
	 */
	public List<ChildProcess> processes() {
		return this.processes;
	}

	/** The process of this name ({@code gateway}, {@code runtime-1}, …). */
	public ChildProcess process(String name) {
		return this.processes.stream()
			.filter(process -> process.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no platform process named " + name));
	}

	/** Stops the gateway first, so nothing is routed to a node that is going away. */
	@Override
	public void close() {
		this.processes.reversed().forEach(ChildProcess::close);
	}

}
