package dev.rustok.runtime.tenancy;

import java.nio.ByteBuffer;
import java.util.Base64;

import dev.rustok.controlplane.api.TenantSignature;

/**
 * The gateway signatures this node has accepted lately, so the same signed request is
 * served once (docs/adr/0005). A signature names the second it was made in, and verifies
 * only within {@link TenantSignature#WINDOW} of it, so it is kept in a slot for that
 * second: 64 slots, one per second modulo 64, and a slot is emptied when a later second
 * takes it over, which can only happen once its own second has expired (a signature of
 * second {@code s + 64} verifies no earlier than {@code s + 34}). Memory is therefore
 * bounded by the requests of about a minute, kept as 64-bit fingerprints (the first eight
 * bytes of the signature's HMAC) in primitive sets: keeping every signature as a string
 * for two rotating two-minute generations held some 300 MB at 16,000 requests a second
 * and made each young collection copy it (docs/adr/0108). Per node: a replay to another
 * node within the window is not caught here (docs/adr/0005).
 */
final class SeenSignatures {

	private static final int SLOTS = 64;

	static {
		// every second a signature can verify in must have a slot of its own
		if (2 * TenantSignature.WINDOW.toSeconds() + 1 >= SLOTS) {
			throw new IllegalStateException("64 slots cannot hold a window of " + TenantSignature.WINDOW);
		}
	}

	private final Slot[] slots = new Slot[SLOTS];

	SeenSignatures() {
		for (int i = 0; i < SLOTS; i++) {
			this.slots[i] = new Slot();
		}
	}

	/**
	 * {@code true} the first time a signature is seen, {@code false} for a replay. The
	 * signature is one that verified ({@code v1.<second>.<nonce>.<mac>}, the mac the
	 * base64url of an HMAC-SHA256), so its parts are there.
	 */
	boolean firstSighting(String signature) {
		String[] parts = signature.split("\\.", -1);
		long second = Long.parseLong(parts[1]);
		// the HMAC's bytes are uniform and keyed: a client cannot make two signatures
		// share a fingerprint, and two of the gateway's do so with a chance of about
		// 2^-64 per pair
		long fingerprint = ByteBuffer.wrap(Base64.getUrlDecoder().decode(parts[3])).getLong();
		Slot slot = this.slots[(int) Math.floorMod(second, (long) SLOTS)];
		synchronized (slot) {
			return slot.add(second, fingerprint);
		}
	}

	/** The fingerprints of one second: an open-addressing set of longs. */
	private static final class Slot {

		private static final int MIN_CAPACITY = 64;

		private long second = Long.MIN_VALUE;

		private long[] table = new long[MIN_CAPACITY];

		private int size;

		private boolean containsZero;

		boolean add(long second, long fingerprint) {
			if (second != this.second) {
				// sized for about as many as the second before brought
				this.table = new long[Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(this.size, 1)) * 4)];
				this.size = 0;
				this.containsZero = false;
				this.second = second;
			}
			if (fingerprint == 0) {
				boolean first = !this.containsZero;
				this.containsZero = true;
				return first;
			}
			int mask = this.table.length - 1;
			int index = (int) (mix(fingerprint) & mask);
			while (this.table[index] != 0) {
				if (this.table[index] == fingerprint) {
					return false;
				}
				index = (index + 1) & mask;
			}
			this.table[index] = fingerprint;
			if (++this.size * 2 > this.table.length) {
				grow();
			}
			return true;
		}

		private void grow() {
			long[] old = this.table;
			this.table = new long[old.length * 2];
			int mask = this.table.length - 1;
			for (long fingerprint : old) {
				if (fingerprint != 0) {
					int index = (int) (mix(fingerprint) & mask);
					while (this.table[index] != 0) {
						index = (index + 1) & mask;
					}
					this.table[index] = fingerprint;
				}
			}
		}

		private static long mix(long value) {
			long h = value * 0x9E3779B97F4A7C15L;
			return h ^ (h >>> 32);
		}

	}

}
