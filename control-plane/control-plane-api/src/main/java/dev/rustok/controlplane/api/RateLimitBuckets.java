package dev.rustok.controlplane.api;

import com.hazelcast.config.Config;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.bucket4j.grid.hazelcast.HazelcastProxyManager;

/**
 * The Hazelcast map holding the gateways' rate-limit buckets (Bucket4j state, one entry
 * per key). Bucket4j's entry processors run on the member owning a bucket's partition, so
 * every member registers Bucket4j's serializers the same way ({@link #configure}, called
 * by {@link PlatformCluster#config}). See
 * docs/adr/0043-rate-limits-on-bucket4j-hazelcast.md.
 */
public final class RateLimitBuckets {

	public static final String MAP = "rate-limit-buckets";

	/**
	 * The most buckets one data member keeps; the least recently used go first. Bounds
	 * the keys an attacker can create with many client addresses (every bucket also
	 * expires once it would be full again).
	 */
	public static final int MAX_BUCKETS_PER_MEMBER = 200_000;

	/**
	 * First Hazelcast serializer type id Bucket4j may use; ids from here up belong to it.
	 */
	public static final int SERIALIZER_TYPE_ID_BASE = 1000;

	private RateLimitBuckets() {
	}

	public static IMap<String, byte[]> map(HazelcastInstance hazelcast) {
		return hazelcast.getMap(MAP);
	}

	static void configure(Config config) {
		HazelcastProxyManager.addCustomSerializers(config.getSerializationConfig(), SERIALIZER_TYPE_ID_BASE);
		EvictionConfig eviction = new EvictionConfig().setEvictionPolicy(EvictionPolicy.LRU)
			.setMaxSizePolicy(MaxSizePolicy.PER_NODE)
			.setSize(MAX_BUCKETS_PER_MEMBER);
		// one synchronous backup: a lost bucket only forgets a minute of counting, but
		// a member leaving must not reset every bucket it owned
		config.addMapConfig(new MapConfig(MAP).setBackupCount(1).setAsyncBackupCount(0).setEvictionConfig(eviction));
	}

}
