package dev.rustok.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import com.hazelcast.core.EntryAdapter;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.MapEvent;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.registry.RegistryVersion;

/**
 * Whether the route maps and the registry may have drifted apart since they were last
 * compared, found without reading every key and every tenant: the registry's change
 * counter moved, a map entry was written, removed or evicted (a listener, values not
 * sent), a map's size changed (entries lost with a partition raise no event), or the last
 * full comparison is older than the full-sweep interval. See docs/adr/0030.
 */
final class RouteDrift implements AutoCloseable {

	private final RegistryVersion registry;

	private final List<IMap<String, TenantRoute>> maps;

	private final List<UUID> listeners;

	private final Duration fullSweepInterval;

	private final AtomicBoolean mapsChanged = new AtomicBoolean(true);

	private Compared last;

	RouteDrift(RegistryVersion registry, IMap<String, TenantRoute> byTenantId, IMap<String, TenantRoute> byHost,
			Duration fullSweepInterval) {
		this.registry = registry;
		this.maps = List.of(byTenantId, byHost);
		this.fullSweepInterval = fullSweepInterval;
		ChangeListener listener = new ChangeListener(this.mapsChanged);
		this.listeners = this.maps.stream().map((map) -> map.addEntryListener(listener, false)).toList();
	}

	/** Whether a full comparison is due now. */
	boolean isDue(Instant now) {
		Compared previous = this.last;
		if (previous == null || this.mapsChanged.get() || !now.isBefore(previous.at().plus(this.fullSweepInterval))) {
			return true;
		}
		return this.registry.current() != previous.registryVersion() || !sizes().equals(previous.sizes());
	}

	/**
	 * To call right before comparing: what changes after this moment is seen by the next
	 * {@link #isDue}.
	 */
	Comparing comparing(Instant now) {
		this.mapsChanged.set(false);
		return new Comparing(this.registry.current(), now);
	}

	/** To call once the comparison (and its repairs) are done. */
	void compared(Comparing comparison) {
		this.last = new Compared(comparison.registryVersion(), sizes(), comparison.at());
	}

	/** Forgets the last comparison, so the next pass compares everything. */
	void forget() {
		this.last = null;
	}

	private List<Integer> sizes() {
		return this.maps.stream().map(IMap::size).toList();
	}

	@Override
	public void close() {
		for (int i = 0; i < this.maps.size(); i++) {
			this.maps.get(i).removeEntryListener(this.listeners.get(i));
		}
	}

	record Comparing(long registryVersion, Instant at) {
	}

	private record Compared(long registryVersion, List<Integer> sizes, Instant at) {
	}

	// every kind of entry and map event: Hazelcast's adapter routes them all here
	private static final class ChangeListener extends EntryAdapter<String, TenantRoute> {

		private final AtomicBoolean changed;

		ChangeListener(AtomicBoolean changed) {
			this.changed = changed;
		}

		@Override
		public void onEntryEvent(EntryEvent<String, TenantRoute> event) {
			this.changed.set(true);
		}

		@Override
		public void onMapEvent(MapEvent event) {
			this.changed.set(true);
		}

	}

}
