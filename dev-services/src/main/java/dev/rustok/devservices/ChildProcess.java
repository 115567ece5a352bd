package dev.rustok.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A process started by the launcher or a test fixture, its output in a log file, stopped
 * with its whole process tree (Keycloak's {@code kc.sh} starts a JVM of its own) and at
 * the latest when this JVM exits, so no orphan outlives a run.
 */
public final class ChildProcess implements AutoCloseable {

	private final String name;

	private final Process process;

	private final Path log;

	private final Thread stopAtExit;

	private volatile boolean stopping;

	private ChildProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
		RunRecord.current().started(name, process.toHandle());
		this.stopAtExit = new Thread(this::stop, "stop-" + name);
		try {
			Runtime.getRuntime().addShutdownHook(this.stopAtExit);
		}
		catch (IllegalStateException shuttingDown) {
			// started by a shutdown hook (pg_ctl stop, for one): the hook waits for it
			// itself
		}
	}

	public static ChildProcess start(String name, List<String> command, Map<String, String> environment,
			Path workingDirectory, Path log) {
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			return new ChildProcess(name, builder.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start " + name + ": " + command, ex);
		}
	}

	public String name() {
		return this.name;
	}

	public long pid() {
		return this.process.pid();
	}

	public Path log() {
		return this.log;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Completes with this process when it ends without {@link #stop()} having asked it
	 * to: a crash, an OOM kill, a {@code kill -9}. Never completes after a stop.
	 */
	public CompletableFuture<ChildProcess> unexpectedExit() {
		CompletableFuture<ChildProcess> unexpected = new CompletableFuture<>();
		this.process.onExit().thenRun(() -> {
			if (!this.stopping) {
				unexpected.complete(this);
			}
		});
		return unexpected;
	}

	/** The exit code; only meaningful once {@link #isAlive()} is false. */
	public int exitValue() {
		return this.process.exitValue();
	}

	/** The last lines of the log, to explain a failure to the person waiting. */
	public String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log);
			return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log at " + this.log + ")";
		}
	}

	/**
	 * SIGTERM to the tree, children first; SIGKILL what is still alive after 15 seconds.
	 */
	public void stop() {
		this.stopping = true;
		List<ProcessHandle> tree = this.process.descendants().toList();
		tree.forEach(ProcessHandle::destroy);
		this.process.destroy();
		try {
			if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
			for (ProcessHandle child : tree) {
				child.onExit().get(15, TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			tree.forEach(ProcessHandle::destroyForcibly);
			this.process.destroyForcibly();
		}
		RunRecord.current().ended(this.process.toHandle());
	}

	@Override
	public void close() {
		stop();
		try {
			Runtime.getRuntime().removeShutdownHook(this.stopAtExit);
		}
		catch (IllegalStateException alreadyShuttingDown) {
			// the hook runs anyway, and stopping twice is harmless
		}
	}

}
