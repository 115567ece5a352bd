package dev.rustok.devservices;

import java.util.List;
import java.util.Locale;

/**
 * The JVM flags the platform's processes run with. {@link #DEV} trades peak throughput
 * for start time; {@link #BENCH} is what figures of throughput and latency are measured
 * with. Chosen with {@code ./rustok dev --bench} or {@code RUSTOK_JVM_PROFILE=bench};
 * every figure in docs/benchmarks.md names the profile it ran with.
 */
public enum JvmProfile {

	/**
	 * C1 only (no C2 compile threads fighting for the CPU while four JVMs start) and the
	 * serial collector (no GC threads, smallest footprint).
	 */
	DEV(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m")),

	/**
	 * Full tiered compilation (C2 for hot code), G1 and a fixed heap, so the heap does
	 * not resize during a measurement.
	 */
	BENCH(List.of("-XX:+UseG1GC", "-Xms1g", "-Xmx1g"));

	private final List<String> flags;

	JvmProfile(List<String> flags) {
		this.flags = flags;
	}

	public List<String> flags() {
		return this.flags;
	}

	/**
	 * {@code RUSTOK_JVM_PROFILE} ({@code dev} or {@code bench}), {@code dev} when unset.
	 */
	public static JvmProfile fromEnvironment() {
		return named(System.getenv("RUSTOK_JVM_PROFILE"));
	}

	static JvmProfile named(String name) {
		if (name == null || name.isBlank()) {
			return DEV;
		}
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("RUSTOK_JVM_PROFILE is '" + name + "'; it can be 'dev' or 'bench'", ex);
		}
	}

	/** For the person starting the platform: which flags, and why. */
	public String describe() {
		return name().toLowerCase(Locale.ROOT) + " (" + String.join(" ", this.flags) + ")";
	}

}
