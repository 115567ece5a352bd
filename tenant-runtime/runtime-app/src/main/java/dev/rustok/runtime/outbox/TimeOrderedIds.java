package dev.rustok.runtime.outbox;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, so ids
 * sort by creation time and stay unique across nodes without coordination.
 */
final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private TimeOrderedIds() {
	}

	static UUID at(Instant time) {
		long random = RANDOM.nextLong();
		long high = (time.toEpochMilli() << 16) | 0x7000L | (random >>> 52);
		long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low);
	}

}
