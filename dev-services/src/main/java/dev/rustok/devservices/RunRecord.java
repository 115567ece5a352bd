package dev.rustok.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a launcher run has started and must clean up (its processes, by PID, start time
 * and command, and its data folders), in a file rewritten at every change. A launcher
 * killed with SIGKILL runs no shutdown hook: its PostgreSQL, Keycloak and platform JVMs
 * live on, holding the ports, and PostgreSQL's data stays in the temp folder. The next
 * launcher reads the records of runs whose launcher is gone and cleans up after them. See
 * docs/adr/0026-launcher-watches-children-and-cleans-up-killed-runs.md.
 */
public final class RunRecord implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Records nothing: the state of every JVM that is not a launcher (tests). */
	private static final RunRecord NONE = new RunRecord(null, null);

	private static volatile RunRecord current = NONE;

	private final Path file;

	private final Recorded launcher;

	private final Map<Long, Recorded> processes = new LinkedHashMap<>();

	private final Set<String> folders = new LinkedHashSet<>();

	private boolean closed;

	private RunRecord(Path file, Recorded launcher) {
		this.file = file;
		this.launcher = launcher;
	}

	/** Where launchers keep their records: {@code ~/.cache/rustok/runs}. */
	public static Path defaultFolder() {
		return DevPaths.cache().resolve("runs");
	}

	/**
	 * Records, from now on, every process this JVM starts and every data folder it
	 * creates, in {@code folder}, under this JVM's PID.
	 */
	public static synchronized RunRecord startRecording(Path folder) {
		RunRecord record = new RunRecord(folder.resolve(ProcessHandle.current().pid() + ".json"),
				Recorded.of("launcher", ProcessHandle.current()));
		record.write();
		current = record;
		return record;
	}

	static RunRecord current() {
		return current;
	}

	synchronized void started(String name, ProcessHandle process) {
		if (this.file != null) {
			this.processes.put(process.pid(), Recorded.of(name, process));
			write();
		}
	}

	synchronized void ended(ProcessHandle process) {
		if (this.file != null && this.processes.remove(process.pid()) != null) {
			write();
		}
	}

	synchronized void folder(Path folder) {
		if (this.file != null && this.folders.add(folder.toAbsolutePath().toString())) {
			write();
		}
	}

	synchronized void deleted(Path folder) {
		if (this.file != null && this.folders.remove(folder.toAbsolutePath().toString())) {
			write();
		}
	}

	/** The run stopped cleanly: nothing is left to clean up. */
	@Override
	public synchronized void close() {
		if (this.file != null) {
			// shutdown hooks of children may still report their end: it must not write
			// the record again
			this.closed = true;
			delete(this.file);
			if (current == this) {
				current = NONE;
			}
		}
	}

	/**
	 * Stops the processes and deletes the folders of every run recorded in {@code folder}
	 * whose launcher is gone, and forgets those runs. A recorded PID is stopped only
	 * while it is still the process that was recorded (same start time and command): the
	 * system may have given the number to another process since.
	 * @return what was cleaned up, one line each, for the person starting the platform
	 */
	public static List<String> cleanUpAfterKilledRuns(Path folder) {
		List<String> done = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return done;
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
				cleanUp(file, done);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the run records in " + folder, ex);
		}
		return done;
	}

	private static void cleanUp(Path file, List<String> done) {
		RunFile run;
		try {
			run = JSON.readValue(file.toFile(), RunFile.class);
		}
		catch (JacksonException ex) {
			done.add("ignored an unreadable run record " + file + " (" + ex.getOriginalMessage() + ")");
			delete(file);
			return;
		}
		if (run.launcher().stillRunning().isPresent()) {
			// a launcher that is running owns its processes
			return;
		}
		for (Recorded process : run.processes().reversed()) {
			process.stillRunning().ifPresent(handle -> {
				stop(handle);
				done.add("stopped " + process.name() + " (pid " + process.pid()
						+ ") left running by a launcher that was killed");
			});
		}
		for (String folder : run.folders()) {
			if (Files.exists(Path.of(folder))) {
				DevPaths.deleteTree(Path.of(folder));
				done.add("deleted " + folder + " left behind by a launcher that was killed");
			}
		}
		delete(file);
	}

	private static void stop(ProcessHandle process) {
		List<ProcessHandle> tree = process.descendants().toList();
		tree.forEach(ProcessHandle::destroy);
		process.destroy();
		for (ProcessHandle handle : Stream.concat(Stream.of(process), tree.stream()).toList()) {
			try {
				handle.onExit().get(15, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				handle.destroyForcibly();
			}
		}
	}

	private void write() {
		if (this.closed) {
			return;
		}
		try {
			Files.createDirectories(this.file.getParent());
			Path partial = this.file.resolveSibling(this.file.getFileName() + ".partial");
			JSON.writeValue(partial.toFile(),
					new RunFile(this.launcher, List.copyOf(this.processes.values()), List.copyOf(this.folders)));
			// a reader must never see half a record
			Files.move(partial, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the run record " + this.file, ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file's content. */
	record RunFile(Recorded launcher, List<Recorded> processes, List<String> folders) {

	}

	/**
	 * One process as it was when recorded.
	 *
	 * @param name what the launcher called it
	 * @param pid its process id
	 * @param started when it started, if the system said
	 * @param command its executable, if the system said
	 */
	record Recorded(String name, long pid, Instant started, String command) {

		static Recorded of(String name, ProcessHandle process) {
			ProcessHandle.Info info = process.info();
			return new Recorded(name, process.pid(), info.startInstant().orElse(null), info.command().orElse(null));
		}

		/** The recorded process, if it still runs and the PID was not reused. */
		Optional<ProcessHandle> stillRunning() {
			return ProcessHandle.of(this.pid).filter(ProcessHandle::isAlive).filter(this::isTheRecordedOne);
		}

		private boolean isTheRecordedOne(ProcessHandle process) {
			ProcessHandle.Info info = process.info();
			return this.started != null && this.started.equals(info.startInstant().orElse(null))
					&& (this.command == null || this.command.equals(info.command().orElse(null)));
		}

	}

}
