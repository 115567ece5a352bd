package dev.rustok.devservices;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A launcher in a JVM of its own, for a test to kill with SIGKILL: it records its run in
 * the folder named by its first argument, starts an embedded PostgreSQL and a
 * {@code sleep}, says {@code ready <postgres port>} and waits.
 */
final class KilledLauncher {

	private KilledLauncher() {
	}

	public static void main(String[] args) throws Exception {
		RunRecord.startRecording(Path.of(args[0]));
		PostgresServer postgres = PostgresServer.embedded();
		ChildProcess.start("leftover-sleep", List.of("sleep", "600"), Map.of(), Path.of(args[0]),
				Path.of(args[0], "sleep.log"));
		System.out.println("ready " + postgres.port());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
