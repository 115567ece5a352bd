package dev.rustok.controlplane.api;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The request id every platform service logs and puts in its problem bodies: taken from
 * {@link #HEADER} when a client or the gateway sent a well-formed one, made up otherwise.
 * The gateway always forwards one, so a shopper's request is one id from the edge to the
 * runtime.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	/** The key of the id in the logging MDC and the property in problem bodies. */
	public static final String KEY = "requestId";

	// short, printable, no separators a log parser or a header could trip on
	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

	private RequestIds() {
	}

	/**
	 * A random (version 4) UUID from the thread's own generator. An id names a request in
	 * logs and answers and guards nothing, so it needs no {@code SecureRandom}, whose
	 * {@code UUID.randomUUID()} reads {@code /dev/urandom} under one lock per JVM: 2 % of
	 * a node's CPU under the list load (docs/adr/0108).
	 */
	static String create() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	/** The id sent, when it is well-formed; a new one otherwise. */
	public static String acceptOrCreate(String sent) {
		return (sent != null && WELL_FORMED.matcher(sent).matches()) ? sent : create();
	}

}
