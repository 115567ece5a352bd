package dev.rustok.runtime.storefront;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.storefront.cache.*}: the shared cache of storefront answers
 * (docs/adr/0067).
 *
 * @param enabled whether the storefront reads through the cache; off, every read goes to
 * the read model
 * @param entriesPerNode answers each Hazelcast member keeps (least recently used leave
 * first)
 * @param nearCacheEntries answers each runtime node keeps deserialized in its near cache
 * @param timeToLive the longest an answer is kept, whatever happens: the safety net under
 * event invalidation
 */
@ConfigurationProperties("rustok.storefront.cache")
record StoreCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5000") int entriesPerNode,
		@DefaultValue("2000") int nearCacheEntries, @DefaultValue("PT5M") Duration timeToLive) {

	StoreCacheProperties {
		if (entriesPerNode < 1 || nearCacheEntries < 1) {
			throw new IllegalArgumentException(
					"rustok.storefront.cache.entries-per-node and near-cache-entries must be positive");
		}
		if (timeToLive.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("rustok.storefront.cache.time-to-live must be at least 1s");
		}
	}

}
