package dev.rustok.devservices;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RunRecordIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path records;

	@Test
	void whatAKilledLauncherLeftRunningAndItsDataFolderAreCleanedUpAtTheNextStart() throws Exception {
		Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), KilledLauncher.class.getName(), this.records.toString())
			.redirectErrorStream(true)
			.start();
		int postgresPort;
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
			postgresPort = Integer.parseInt(output.lines()
				.filter(line -> line.startsWith("ready "))
				.findFirst()
				.orElseThrow(() -> new AssertionError("the launcher ended without starting anything"))
				.substring("ready ".length()));
			launcher.destroyForcibly();
			launcher.waitFor(30, TimeUnit.SECONDS);
		}
		RunRecord.RunFile killedRun = JSON.readValue(this.records.resolve(launcher.pid() + ".json").toFile(),
				RunRecord.RunFile.class);
		List<ProcessHandle> leftovers = killedRun.processes()
			.stream()
			.map(process -> ProcessHandle.of(process.pid()).orElseThrow())
			.toList();
		assertThat(killedRun.processes()).extracting(RunRecord.Recorded::name)
			.containsExactly("postgres", "leftover-sleep");
		assertThat(leftovers).allMatch(ProcessHandle::isAlive);
		assertThat(FreePorts.isFree(postgresPort)).as("PostgreSQL outlived its launcher").isFalse();
		assertThat(killedRun.folders()).singleElement().satisfies(folder -> assertThat(Path.of(folder)).exists());

		List<String> cleaned = RunRecord.cleanUpAfterKilledRuns(this.records);

		assertThat(leftovers).noneMatch(ProcessHandle::isAlive);
		assertThat(FreePorts.isFree(postgresPort)).isTrue();
		assertThat(Path.of(killedRun.folders().getFirst())).doesNotExist();
		assertThat(this.records.resolve(launcher.pid() + ".json")).as("the killed run is forgotten").doesNotExist();
		assertThat(cleaned).anyMatch(line -> line.startsWith("stopped postgres (pid "))
			.anyMatch(line -> line.startsWith("stopped leftover-sleep (pid "))
			.anyMatch(line -> line.startsWith("deleted " + killedRun.folders().getFirst()));
	}

	@Test
	void aRecordedPidThatNowBelongsToAnotherProcessIsLeftAlone() throws Exception {
		Process stranger = new ProcessBuilder("sleep", "600").start();
		try {
			RunRecord.Recorded deadLauncher = deadLauncher();
			RunRecord.Recorded recordedEarlier = new RunRecord.Recorded("postgres", stranger.pid(),
					stranger.info().startInstant().orElseThrow().minusSeconds(3600),
					stranger.info().command().orElseThrow());
			JSON.writeValue(this.records.resolve("1.json").toFile(),
					new RunRecord.RunFile(deadLauncher, List.of(recordedEarlier), List.of()));

			List<String> cleaned = RunRecord.cleanUpAfterKilledRuns(this.records);

			assertThat(stranger.isAlive()).isTrue();
			assertThat(cleaned).isEmpty();
			assertThat(this.records).isEmptyDirectory();
		}
		finally {
			stranger.destroyForcibly();
		}
	}

	@Test
	void theRecordOfALauncherStillRunningIsLeftAlone() throws Exception {
		Process running = new ProcessBuilder("sleep", "600").start();
		Process itsChild = new ProcessBuilder("sleep", "600").start();
		try {
			File data = Files.createDirectory(this.records.resolve("data")).toFile();
			JSON.writeValue(this.records.resolve(running.pid() + ".json").toFile(),
					new RunRecord.RunFile(RunRecord.Recorded.of("launcher", running.toHandle()),
							List.of(RunRecord.Recorded.of("keycloak", itsChild.toHandle())),
							List.of(data.getAbsolutePath())));

			List<String> cleaned = RunRecord.cleanUpAfterKilledRuns(this.records);

			assertThat(cleaned).isEmpty();
			assertThat(itsChild.isAlive()).isTrue();
			assertThat(data).exists();
		}
		finally {
			running.destroyForcibly();
			itsChild.destroyForcibly();
		}
	}

	private static RunRecord.Recorded deadLauncher() throws Exception {
		Process launcher = new ProcessBuilder("sleep", "600").start();
		RunRecord.Recorded recorded = RunRecord.Recorded.of("launcher", launcher.toHandle());
		launcher.destroyForcibly();
		await().atMost(Duration.ofSeconds(10)).until(() -> !launcher.isAlive());
		return recorded;
	}

}
