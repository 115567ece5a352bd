package dev.rustok.runtime.storefront;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import com.hazelcast.core.HazelcastException;
import com.hazelcast.map.IMap;
import dev.rustok.runtime.shared.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storefront's read model through the shared Hazelcast cache (docs/adr/0067): lists
 * and what a product page reads, per shop, near-cached on every node. Every key holds the
 * shop and its {@link CacheGenerations generation}, which the shop's catalogue and stock
 * events retire ({@link StoreCacheInvalidation}). The generation is read before the
 * source, so an answer read before a change committed is stored under the generation that
 * change retires, never under the new one. When the cluster fails to answer, the read
 * goes to the source: the cache only ever makes reads faster.
 */
final class CachedStoreCatalog implements StoreCatalog {

	static final String MAP = "storefront-cache";

	private static final Logger log = LoggerFactory.getLogger(CachedStoreCatalog.class);

	private final StoreCatalog source;

	private final IMap<String, Object> answers;

	private final CacheGenerations generations;

	private final CacheCounters counters;

	CachedStoreCatalog(StoreCatalog source, IMap<String, Object> answers, CacheGenerations generations,
			CacheCounters counters) {
		this.source = source;
		this.answers = answers;
		this.generations = generations;
		this.counters = counters;
	}

	@Override
	public Listing list(Tenant tenant, ListingRequest request) {
		return cached(tenant, "list", AnswerKeys.listing(request), Listing.class,
				() -> this.source.list(tenant, request));
	}

	@Override
	public ProductLookup find(Tenant tenant, String handle) {
		return cached(tenant, "handle", handle, ProductLookup.class, () -> this.source.find(tenant, handle));
	}

	@Override
	public Map<UUID, ProductCard> cards(Tenant tenant, Collection<UUID> productIds, String currency) {
		return each(tenant, "card", productIds, (id) -> id + " " + currency,
				(missing) -> this.source.cards(tenant, missing, currency));
	}

	@Override
	public Map<UUID, List<ProductOption>> options(Tenant tenant, Collection<UUID> productIds) {
		return each(tenant, "options", productIds, UUID::toString, (missing) -> this.source.options(tenant, missing));
	}

	@Override
	public Map<UUID, List<Variant>> variants(Tenant tenant, Collection<UUID> productIds) {
		return each(tenant, "variants", productIds, UUID::toString, (missing) -> this.source.variants(tenant, missing));
	}

	@Override
	public Map<UUID, List<Image>> images(Tenant tenant, Collection<UUID> productIds) {
		return each(tenant, "images", productIds, UUID::toString, (missing) -> this.source.images(tenant, missing));
	}

	@Override
	public Map<UUID, List<String>> tags(Tenant tenant, Collection<UUID> productIds) {
		return each(tenant, "tags", productIds, UUID::toString, (missing) -> this.source.tags(tenant, missing));
	}

	@Override
	public Map<UUID, List<CollectionSummary>> collectionsOf(Tenant tenant, Collection<UUID> productIds) {
		return each(tenant, "collections", productIds, UUID::toString,
				(missing) -> this.source.collectionsOf(tenant, missing));
	}

	@Override
	public Map<UUID, String> descriptions(Tenant tenant, Collection<UUID> productIds) {
		return each(tenant, "descriptions", productIds, UUID::toString,
				(missing) -> this.source.descriptions(tenant, missing));
	}

	/**
	 * One answer of the shop under its current generation, read from the source and
	 * stored when the cache has none; also the way {@link CachedStoreNavigation} keeps
	 * the shop's currencies.
	 */
	<T> T cached(Tenant tenant, String kind, String subject, Class<T> type, Supplier<T> read) {
		String key;
		Object cached;
		try {
			key = AnswerKeys.of(tenant.id(), this.generations.current(tenant.id()), kind, subject);
			cached = this.answers.get(key);
		}
		catch (HazelcastException ex) {
			return unavailable(tenant, kind, ex, read);
		}
		if (cached != null) {
			this.counters.hits(tenant, kind, 1);
			return type.cast(cached);
		}
		this.counters.misses(tenant, kind, 1);
		T answer = read.get();
		store(key, answer);
		return answer;
	}

	/**
	 * A batch read: ids found in the cache are answered from it, the others in one read
	 * of the source. Products the source leaves out (inactive) are not cached, so a batch
	 * holding one costs a read of that one each time, as without the cache.
	 */
	private <V> Map<UUID, V> each(Tenant tenant, String kind, Collection<UUID> productIds,
			Function<UUID, String> subject, Function<Collection<UUID>, Map<UUID, V>> read) {
		if (productIds.isEmpty()) {
			return read.apply(productIds);
		}
		Map<UUID, String> keys = new LinkedHashMap<>();
		Map<String, Object> cached;
		try {
			long generation = this.generations.current(tenant.id());
			productIds.forEach((id) -> keys.put(id, AnswerKeys.of(tenant.id(), generation, kind, subject.apply(id))));
			cached = this.answers.getAll(Set.copyOf(keys.values()));
		}
		catch (HazelcastException ex) {
			return unavailable(tenant, kind, ex, () -> read.apply(productIds));
		}
		Map<UUID, V> answer = new LinkedHashMap<>();
		List<UUID> missing = keys.keySet().stream().filter((id) -> !cached.containsKey(keys.get(id))).toList();
		this.counters.hits(tenant, kind, keys.size() - missing.size());
		this.counters.misses(tenant, kind, missing.size());
		Map<UUID, V> fresh = missing.isEmpty() ? Map.of() : read.apply(missing);
		Map<String, Object> toStore = new HashMap<>();
		for (UUID id : keys.keySet()) {
			@SuppressWarnings("unchecked")
			V value = cached.containsKey(keys.get(id)) ? (V) cached.get(keys.get(id)) : fresh.get(id);
			if (value != null || fresh.containsKey(id)) {
				answer.put(id, value);
			}
			if (value != null && fresh.containsKey(id)) {
				toStore.put(keys.get(id), value);
			}
		}
		storeAll(toStore);
		return answer;
	}

	private void store(String key, Object answer) {
		try {
			// awaited (a fraction of a millisecond beside the read it saves): the next
			// read
			// on this node finds it
			this.answers.set(key, answer);
		}
		catch (HazelcastException ex) {
			log.debug("Storefront answer not cached", ex);
		}
	}

	private void storeAll(Map<String, Object> answers) {
		if (answers.isEmpty()) {
			return;
		}
		try {
			this.answers.setAll(answers);
		}
		catch (HazelcastException ex) {
			log.debug("Storefront answers not cached", ex);
		}
	}

	private <T> T unavailable(Tenant tenant, String kind, HazelcastException ex, Supplier<T> read) {
		log.warn("Storefront cache unavailable, reading without it: {}", ex.toString());
		this.counters.failed(tenant, kind);
		return read.get();
	}

}
