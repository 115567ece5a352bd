package dev.rustok.runtime.webhooks;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;

/**
 * The cap on calls in flight to one endpoint on this node ({@code endpoint-concurrency},
 * docs/adr/0087): one semaphore per shop's endpoint, kept for every round and every shop
 * the node serves, so two rounds that overlap (a shop served again while its last round
 * still waits on a slow endpoint) share it. At most {@code kept} idle ones are
 * remembered, least recently used dropped first; one in use is never dropped, or a second
 * semaphore for the same endpoint would double the cap (docs/adr/0098).
 */
final class EndpointSlots {

	private final int perEndpoint;

	private final int kept;

	private final Map<Key, Slot> slots = new LinkedHashMap<>(64, 0.75f, true);

	EndpointSlots(int perEndpoint, int kept) {
		this.perEndpoint = perEndpoint;
		this.kept = kept;
	}

	/** Waits for a slot of the shop's endpoint; the caller closes it after the call. */
	Taken take(String tenantId, UUID endpoint) throws InterruptedException {
		Slot slot;
		synchronized (this) {
			slot = this.slots.computeIfAbsent(new Key(tenantId, endpoint), (key) -> new Slot(this.perEndpoint));
			slot.users++;
		}
		try {
			slot.permits.acquire();
		}
		catch (InterruptedException stopping) {
			leave(slot);
			throw stopping;
		}
		return () -> {
			slot.permits.release();
			leave(slot);
		};
	}

	/** Calls waiting for a slot of the shop's endpoint now. */
	synchronized int waiting(String tenantId, UUID endpoint) {
		Slot slot = this.slots.get(new Key(tenantId, endpoint));
		return (slot != null) ? slot.permits.getQueueLength() : 0;
	}

	synchronized int size() {
		return this.slots.size();
	}

	private synchronized void leave(Slot slot) {
		slot.users--;
		Iterator<Slot> eldestFirst = this.slots.values().iterator();
		while (this.slots.size() > this.kept && eldestFirst.hasNext()) {
			if (eldestFirst.next().users == 0) {
				eldestFirst.remove();
			}
		}
	}

	/** A slot held: closing it lets the next call to the endpoint go. */
	@FunctionalInterface
	interface Taken extends AutoCloseable {

		@Override
		void close();

	}

	/** The key carries the tenant: endpoint ids are unique, but a shop's are its own. */
	private record Key(String tenantId, UUID endpoint) {
	}

	private static final class Slot {

		final Semaphore permits;

		// guarded by the EndpointSlots
		int users;

		Slot(int permits) {
			this.permits = new Semaphore(permits);
		}

	}

}
