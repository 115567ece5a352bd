package dev.rustok.runtime.storefront;

import java.security.SecureRandom;

import com.hazelcast.map.IMap;
import dev.rustok.runtime.shared.TenantId;

/**
 * Each shop's cache generation, part of the key of every cached answer of the shop:
 * retiring it makes all of them unreachable at once, on every node (docs/adr/0067). A
 * generation is a random number, never a counter, so one lost with a member (or evicted)
 * is replaced by a fresh one and never brings back answers stored under an older one.
 */
final class CacheGenerations {

	static final String MAP = "storefront-cache-generations";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IMap<String, Long> generations;

	CacheGenerations(IMap<String, Long> generations) {
		this.generations = generations;
	}

	/** The shop's generation now, made on first use. */
	long current(TenantId tenant) {
		Long generation = this.generations.get(tenant.value());
		if (generation != null) {
			return generation;
		}
		Long fresh = RANDOM.nextLong();
		Long first = this.generations.putIfAbsent(tenant.value(), fresh);
		return (first != null) ? first : fresh;
	}

	/** Makes every answer cached for the shop unreachable. */
	void retire(TenantId tenant) {
		this.generations.set(tenant.value(), RANDOM.nextLong());
	}

}
