package dev.rustok.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where dev services keep what outlives a build: {@code $RUSTOK_CACHE} or
 * ~/.cache/rustok.
 */
public final class DevPaths {

	private DevPaths() {
	}

	public static Path cache() {
		String configured = System.getenv("RUSTOK_CACHE");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		return Path.of(System.getProperty("user.home"), ".cache", "rustok");
	}

	public static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
