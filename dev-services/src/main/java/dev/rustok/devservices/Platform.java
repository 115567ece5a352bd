package dev.rustok.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final PlatformSpec spec;

	private final List<ChildProcess> processes;

	private Platform(PlatformSpec spec, List<ChildProcess> processes) {
		this.spec = spec;
		this.processes = processes;
	}

	/**
	 * Starts every process at once (they start faster side by side than one after
	 * another) and returns when all of them answer their health check.
	 */
	public static Platform start(PlatformSpec spec, StartProgress progress) {
		List<ChildProcess> processes = new ArrayList<>();
		PlatformPorts ports = spec.ports();
		Map<ChildProcess, String> health = new java.util.LinkedHashMap<>();
		try {
			ChildProcess controlPlane = startApp(spec, "control-plane", "control-plane/control-plane-app",
					ports.controlPlane(), ports.hazelcast().get(0),
					List.of("--rustok.keycloak.url=" + spec.keycloak().baseUrl(),
							"--rustok.keycloak.admin-username=" + spec.keycloak().adminUsername(),
							"--rustok.keycloak.admin-password=" + spec.keycloak().adminPassword(),
							"--rustok.keycloak.dev-password-grant-client=true",
							"--rustok.platform.domain=" + spec.domain(),
							"--rustok.platform.public-url-port=" + ports.gateway(),
							"--rustok.console.bootstrap-admin-email=" + CONSOLE_ADMIN_EMAIL,
							"--rustok.console.bootstrap-admin-password=" + CONSOLE_ADMIN_PASSWORD));
			processes.add(controlPlane);
			health.put(controlPlane, "http://127.0.0.1:" + ports.controlPlane() + "/actuator/health");
			for (int node = 0; node < ports.runtimes().size(); node++) {
				int port = ports.runtimes().get(node);
				ChildProcess runtime = startApp(spec, "runtime-" + (node + 1), "tenant-runtime/runtime-app", port,
						ports.hazelcast().get(node + 1), List.of("--rustok.keycloak.url=" + spec.keycloak().baseUrl(),
								"--rustok.gateway.secret=" + spec.gatewaySecret()));
				processes.add(runtime);
				health.put(runtime, "http://127.0.0.1:" + port + "/actuator/health");
			}
			ChildProcess gateway = startApp(spec, "gateway", "gateway", ports.gateway(),
					ports.hazelcast().get(ports.hazelcast().size() - 1),
					List.of("--rustok.gateway.secret=" + spec.gatewaySecret(),
							"--rustok.platform.domain=" + spec.domain(),
							"--rustok.gateway.control-plane-url=http://127.0.0.1:" + ports.controlPlane(),
							"--rustok.gateway.runtime-urls=" + String.join(",",
									ports.runtimes().stream().map(port -> "http://127.0.0.1:" + port).toList())));
			processes.add(gateway);
			health.put(gateway, "http://127.0.0.1:" + ports.gateway() + "/actuator/health");

			List<CompletableFuture<Void>> ready = health.entrySet()
				.stream()
				.map(entry -> CompletableFuture.runAsync(() -> {
					Readiness.await(entry.getKey(), entry.getValue(), START_TIMEOUT);
					progress
						.done(entry.getKey().name() + " ready on " + entry.getValue().replace("/actuator/health", ""));
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

	private static ChildProcess startApp(PlatformSpec spec, String name, String module, int port, int hazelcastPort,
			List<String> extraArguments) {
		Path jar = bootJar(spec.root().resolve(module).resolve("target"));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						// dev and test start-up speed over peak throughput; benchmarks
						// use their own flags
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m", "-jar", jar.toString(),
						"--server.port=" + port, "--spring.datasource.url=" + spec.database().jdbcUrl(),
						"--spring.datasource.username=" + spec.database().username(),
						"--spring.datasource.password=" + spec.database().password(),
						"--rustok.cluster.name=" + spec.clusterName(), "--rustok.cluster.port=" + hazelcastPort,
						"--rustok.cluster.members=" + spec.ports().hazelcastMembers()));
		command.addAll(extraArguments);
		return ChildProcess.start(name, command, Map.of(), spec.root(), spec.logs().resolve(name + ".log"));
	}

	static Path bootJar(Path target) {
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

	/** Stops the gateway first, so nothing is routed to a node that is going away. */
	@Override
	public void close() {
		this.processes.reversed().forEach(ChildProcess::close);
	}

}
