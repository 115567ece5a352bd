package dev.rustok.devservices;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ExitWatchIT {

	@TempDir
	Path logs;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@Test
	void aChildKilledWithKillNineIsReportedAtOnceByNameWithItsLastLogLinesAndEverythingStops() throws Exception {
		ChildProcess gateway = sleeper("gateway", "gateway listening on 8080");
		ChildProcess runtime = sleeper("runtime-1", "runtime ready");
		ExitWatch watch = new ExitWatch(new PrintStream(this.printed, true, StandardCharsets.UTF_8), runtime::close);
		watch.watch(gateway);
		watch.watch(runtime);
		await().until(() -> gateway.logTail(1).contains("listening"));

		new ProcessBuilder("kill", "-9", String.valueOf(gateway.pid())).inheritIO().start().waitFor();

		await().atMost(Duration.ofSeconds(20)).until(() -> !runtime.isAlive());
		String report = this.printed.toString(StandardCharsets.UTF_8);
		assertThat(report).contains("gateway (pid " + gateway.pid() + ") stopped unexpectedly")
			.contains("exit code 137, killed by SIGKILL")
			.contains("  | gateway listening on 8080")
			.contains("Stopping everything")
			.doesNotContain("runtime-1 (pid");
	}

	@Test
	void aChildTheLauncherStopsIsNotReported() throws Exception {
		AtomicInteger stops = new AtomicInteger();
		ChildProcess keycloak = sleeper("keycloak", "started");
		new ExitWatch(new PrintStream(this.printed, true, StandardCharsets.UTF_8), stops::incrementAndGet)
			.watch(keycloak);

		keycloak.close();

		// the report would come from the thread that saw the exit: nothing may arrive
		// for as long as it would take to
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(this.printed.toString(StandardCharsets.UTF_8)).isEmpty();
			assertThat(stops).hasValue(0);
		});
	}

	private ChildProcess sleeper(String name, String firstLogLine) {
		return ChildProcess.start(name, List.of("sh", "-c", "echo '" + firstLogLine + "'; exec sleep 600"), Map.of(),
				this.logs, this.logs.resolve(name + ".log"));
	}

}
