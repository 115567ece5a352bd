package dev.rustok.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.rustok.devservices.ChildProcess;
import dev.rustok.devservices.FreePorts;
import dev.rustok.devservices.JvmProfile;
import dev.rustok.devservices.Platform;
import dev.rustok.devservices.Readiness;
import dev.rustok.devservices.ServiceCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built gateway jar in a JVM of its own, outside the dev profile, started the way the
 * launcher starts it (settings as arguments, secrets in the environment).
 */
class SecretsAtStartupIT {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	@TempDir
	Path folder;

	private final int managementPort = FreePorts.next();

	private ChildProcess gateway;

	@AfterEach
	void stopTheGateway() {
		if (this.gateway != null) {
			this.gateway.close();
		}
	}

	@Test
	void refusesToStartOutsideDevWithTheCommittedSecretAndSaysHowToSetIt() {
		this.gateway = withoutDevProfile().secret("rustok.gateway.secret", "dev-only-gateway-secret-change-me")
			.start("gateway", this.folder, this.folder.resolve("gateway.log"));

		Readiness.await(this.gateway, () -> !this.gateway.isAlive(), START_TIMEOUT, "its refusal");

		assertThat(this.gateway.exitValue()).isNotZero();
		assertThat(this.gateway.logTail(40))
			.contains("rustok.gateway.secret holds the value committed for local development: set the "
					+ "environment variable RUSTOK_GATEWAY_SECRET or write the secret to the file "
					+ "rustok.gateway.secret in $RUSTOK_SECRETS_DIR")
			.doesNotContain("\tat ");
	}

	@Test
	void refusesToStartOutsideDevWithoutASecret() {
		this.gateway = withoutDevProfile().start("gateway", this.folder, this.folder.resolve("gateway.log"));

		Readiness.await(this.gateway, () -> !this.gateway.isAlive(), START_TIMEOUT, "its refusal");

		assertThat(this.gateway.exitValue()).isNotZero();
		assertThat(this.gateway.logTail(40)).contains("rustok.gateway.secret is not set");
	}

	@Test
	void startsOutsideDevWithASecretFromTheEnvironmentThatItsCommandLineDoesNotShow() {
		String secret = "gateway-secret-" + UUID.randomUUID();

		this.gateway = withoutDevProfile().secret("rustok.gateway.secret", secret)
			.start("gateway", this.folder, this.folder.resolve("gateway.log"));

		Readiness.await(this.gateway, "http://127.0.0.1:" + this.managementPort + "/actuator/health", START_TIMEOUT);
		// what ps and /proc/<pid>/cmdline show every local user
		List<String> arguments = List
			.of(ProcessHandle.of(this.gateway.pid()).orElseThrow().info().arguments().orElseThrow());
		assertThat(arguments).contains("--management.server.port=" + this.managementPort)
			.noneMatch(argument -> argument.contains(secret))
			.noneMatch(argument -> argument.contains("rustok.gateway.secret"));
	}

	@Test
	void startsOutsideDevWithASecretFromAFileInTheSecretsFolder() throws IOException {
		Path secrets = Files.createDirectory(this.folder.resolve("secrets"));
		Files.writeString(secrets.resolve("rustok.gateway.secret"), "gateway-secret-" + UUID.randomUUID() + "\n");

		this.gateway = withoutDevProfile().environment("RUSTOK_SECRETS_DIR", secrets.toString())
			.start("gateway", this.folder, this.folder.resolve("gateway.log"));

		Readiness.await(this.gateway, "http://127.0.0.1:" + this.managementPort + "/actuator/health", START_TIMEOUT);
	}

	/** A lone gateway on free ports, a cluster of its own, no profile. */
	private ServiceCommand withoutDevProfile() {
		int hazelcastPort = FreePorts.next();
		return ServiceCommand.of(Platform.bootJar(Path.of("target").toAbsolutePath()), JvmProfile.DEV)
			.set("server.port", FreePorts.next())
			.set("management.server.port", this.managementPort)
			.set("management.server.address", "127.0.0.1")
			.set("rustok.cluster.name", "secrets-" + UUID.randomUUID())
			.set("rustok.cluster.port", hazelcastPort)
			.set("rustok.cluster.members", "127.0.0.1:" + hazelcastPort);
	}

}
