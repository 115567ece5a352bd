package dev.rustok.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The official Keycloak server ({@code org.keycloak:keycloak-quarkus-dist}, zip), which
 * the build resolves from Maven Central into the local repository. It is unpacked once
 * into a cache folder outside {@code target/} and pre-built once ({@code kc.sh build}) so
 * that every start can be {@code start --optimized}: about 20 s instead of a minute.
 */
final class KeycloakDistribution {

	private static final String BUILD_MARKER = ".rustok-built";

	private final String version;

	private final Path zip;

	private final Path home;

	private KeycloakDistribution(String version, Path zip, Path home) {
		this.version = version;
		this.zip = zip;
		this.home = home;
	}

	static KeycloakDistribution fromBuild() {
		String version = DevServicesBuild.property("keycloak.version");
		Path repository = Path.of(DevServicesBuild.property("maven.repository"));
		Path zip = repository
			.resolve("org/keycloak/keycloak-quarkus-dist/" + version + "/keycloak-quarkus-dist-" + version + ".zip");
		return new KeycloakDistribution(version, zip, DevPaths.cache().resolve("keycloak-" + version));
	}

	/**
	 * Unpacks and builds the distribution unless an earlier run already did; returns its
	 * home.
	 */
	synchronized Path install() {
		try {
			Files.createDirectories(this.home.getParent());
			Path lockFile = this.home.getParent().resolve("keycloak-" + this.version + ".lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				if (!Files.exists(this.home.resolve(BUILD_MARKER))) {
					unpack();
					build();
				}
			}
			return this.home;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not install Keycloak " + this.version + " into " + this.home, ex);
		}
	}

	private void unpack() throws IOException {
		if (!Files.exists(this.zip)) {
			throw new IllegalStateException("Keycloak's zip is not in the local Maven repository (" + this.zip
					+ "): build dev-services with ./mvnw first, it downloads it");
		}
		Path staging = Files.createTempDirectory(this.home.getParent(), "keycloak-unpack-");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(this.zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				// the zip has one top folder, keycloak-<version>/; strip it
				String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
				Path target = staging.resolve(name).normalize();
				if (name.isEmpty() || !target.startsWith(staging)) {
					continue;
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
					if (name.startsWith("bin/") && name.endsWith(".sh")) {
						target.toFile().setExecutable(true);
					}
				}
			}
		}
		if (Files.exists(this.home)) {
			DevPaths.deleteTree(this.home);
		}
		Files.move(staging, this.home, StandardCopyOption.ATOMIC_MOVE);
	}

	private void build() throws IOException {
		Path log = this.home.resolve("build.log");
		try (ChildProcess build = ChildProcess.start("keycloak-build",
				List.of(this.home.resolve("bin/kc.sh").toString(), "build", "--db=dev-file", "--health-enabled=true"),
				Map.of("JAVA_HOME", System.getProperty("java.home")), this.home, log)) {
			Readiness.await(build, () -> !build.isAlive(), Duration.ofMinutes(5), "its build");
		}
		if (!Files.readString(log).contains("Server configuration updated")) {
			throw new IllegalStateException("kc.sh build failed; see " + log);
		}
		Files.writeString(this.home.resolve(BUILD_MARKER), this.version);
	}

}
