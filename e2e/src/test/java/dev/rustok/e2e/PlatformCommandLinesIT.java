package dev.rustok.e2e;

import java.util.List;

import dev.rustok.devservices.ChildProcess;
import dev.rustok.devservices.Platform;
import dev.rustok.devservices.PlatformSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ps} shows every local user about the platform's processes, started the way
 * {@code ./rustok dev} starts them.
 */
class PlatformCommandLinesIT {

	@RegisterExtension
	static final RunningPlatform platform = new RunningPlatform();

	@Test
	void noCommandLineOfThePlatformShowsASecret() {
		PlatformSpec spec = platform.spec();
		List<ChildProcess> processes = platform.platform().processes();

		assertThat(processes).extracting(ChildProcess::name)
			.containsExactly("control-plane", "runtime-1", "runtime-2", "gateway");
		for (ChildProcess process : processes) {
			List<String> arguments = List
				.of(ProcessHandle.of(process.pid()).orElseThrow().info().arguments().orElseThrow());
			assertThat(arguments).as(process.name())
				.contains("-jar")
				.noneMatch(argument -> argument.contains(spec.gatewaySecret()))
				.noneMatch(argument -> argument.contains(Platform.CONSOLE_ADMIN_PASSWORD))
				.noneMatch(argument -> argument.startsWith("--rustok.gateway.secret")
						|| argument.startsWith("--spring.datasource.password")
						|| argument.startsWith("--rustok.keycloak.admin-password")
						|| argument.startsWith("--rustok.console.bootstrap-admin-password"));
		}
	}

}
