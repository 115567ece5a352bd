package dev.rustok.runtime.storefront;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.InvalidConfigurationException;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.config.NearCacheConfig;
import com.hazelcast.core.HazelcastInstance;
import dev.rustok.runtime.tenancy.ShopPlans;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The storefront's shared cache (docs/adr/0067). Reads go through it unless
 * {@code rustok.storefront.cache.enabled=false}; the invalidation runs on every node
 * either way, so a node without the cache that relays an event still retires the answers
 * the other nodes hold. Its two maps are configured through Hazelcast's dynamic
 * configuration, which reaches every member of the cluster, the control plane's included:
 * the entries a member owns follow that member's configuration, so a static one here
 * would leave the control plane's share without bounds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreCacheProperties.class)
class StoreCacheConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StoreCacheConfiguration.class);

	/** A generation is read by every request of its shop: kept by both. */
	private static final int GENERATION_BACKUPS = 1;

	@Bean
	CacheGenerations storefrontCacheGenerations(HazelcastInstance hazelcast) {
		configure(hazelcast, new MapConfig(CacheGenerations.MAP).setBackupCount(GENERATION_BACKUPS)
			.setNearCacheConfig(nearCache(CacheGenerations.MAP, Integer.MAX_VALUE)));
		return new CacheGenerations(hazelcast.getMap(CacheGenerations.MAP));
	}

	@Bean
	@Primary
	@ConditionalOnProperty(name = "rustok.storefront.cache.enabled", matchIfMissing = true)
	CachedStoreCatalog cachedStoreCatalog(@Qualifier("storeCatalogSource") StoreCatalog source,
			HazelcastInstance hazelcast, CacheGenerations generations, StoreCacheProperties properties,
			MeterRegistry meters, ShopPlans plans) {
		configure(hazelcast, new MapConfig(CachedStoreCatalog.MAP)
			// a lost answer is read again: no backup to write on every miss
			.setBackupCount(0)
			.setTimeToLiveSeconds((int) properties.timeToLive().toSeconds())
			.setEvictionConfig(new EvictionConfig().setEvictionPolicy(EvictionPolicy.LRU)
				.setMaxSizePolicy(MaxSizePolicy.PER_NODE)
				.setSize(properties.entriesPerNode()))
			.setNearCacheConfig(nearCache(CachedStoreCatalog.MAP, properties.nearCacheEntries())
				.setTimeToLiveSeconds((int) properties.timeToLive().toSeconds())));
		return new CachedStoreCatalog(source, hazelcast.getMap(CachedStoreCatalog.MAP), generations,
				new CacheCounters(meters, plans));
	}

	@Bean
	@Primary
	@ConditionalOnProperty(name = "rustok.storefront.cache.enabled", matchIfMissing = true)
	CachedStoreNavigation cachedStoreNavigation(@Qualifier("storeNavigationSource") StoreNavigation source,
			CachedStoreCatalog cache) {
		return new CachedStoreNavigation(source, cache);
	}

	@Bean
	StoreCacheInvalidation storeCacheInvalidation(CacheGenerations generations) {
		return new StoreCacheInvalidation(generations);
	}

	private static NearCacheConfig nearCache(String map, int entries) {
		return new NearCacheConfig(map)
			// answers are immutable records: handed out as they are, no deserialization
			// per read
			.setInMemoryFormat(InMemoryFormat.OBJECT)
			.setInvalidateOnChange(true)
			// a data member would otherwise read the entries it owns through a
			// partition thread on every request
			.setCacheLocalEntries(true)
			.setEvictionConfig(new EvictionConfig().setEvictionPolicy(EvictionPolicy.LRU)
				.setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT)
				.setSize(entries));
	}

	private static void configure(HazelcastInstance hazelcast, MapConfig config) {
		try {
			hazelcast.getConfig().addMapConfig(config);
		}
		catch (InvalidConfigurationException ex) {
			// another node (an older release in a rolling update) configured it
			// differently: the cluster keeps the first configuration
			log.warn("Keeping the cluster's configuration of map '{}': {}", config.getName(), ex.getMessage());
		}
	}

}
