package dev.rustok.runtime.storefront;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.rustok.runtime.settings.StoreSettings;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;

import org.springframework.stereotype.Service;

/**
 * What the storefront shows, for the REST API, the pages and GraphQL alike: active
 * products only, prices in one of the shop's currencies (its first unless asked).
 */
@Service
public class Storefront {

	private final StoreCatalog catalog;

	private final StoreNavigation navigation;

	private final StoreSettings settings;

	private final StoreSearch search;

	Storefront(StoreCatalog catalog, StoreNavigation navigation, StoreSettings settings, StoreSearch search) {
		this.catalog = catalog;
		this.navigation = navigation;
		this.settings = settings;
		this.search = search;
	}

	/**
	 * Products matching the words, best first (docs/adr/0065).
	 * @throws InvalidInput when the currency is not one the shop sells in
	 */
	public SearchResults search(Tenant tenant, SearchRequest request) {
		String currency = currency(tenant, request.filter().currency());
		return this.search.search(tenant, request.withFilter(request.filter().inCurrency(currency)));
	}

	/**
	 * One page of products.
	 * @throws InvalidInput when the currency is not one the shop sells in
	 */
	public Listing products(Tenant tenant, ListingRequest request) {
		String currency = currency(tenant, request.filter().currency());
		return this.catalog.list(tenant, request.withFilter(request.filter().inCurrency(currency)));
	}

	/** The currency to show prices in: {@code asked} if the shop sells in it. */
	public String currency(Tenant tenant, Optional<String> asked) {
		List<String> currencies = this.navigation.currencies(tenant);
		if (asked.isEmpty()) {
			return currencies.getFirst();
		}
		if (!currencies.contains(asked.get())) {
			throw new InvalidInput(List.of(new FieldProblem("currency",
					"must be one of the currencies this shop sells in: " + String.join(", ", currencies))));
		}
		return asked.get();
	}

	/** What {@code handle} names; text that cannot be a handle names nothing. */
	public ProductLookup find(Tenant tenant, String handle) {
		return ListingRequest.isHandle(handle) ? this.catalog.find(tenant, handle) : new ProductLookup.Missing();
	}

	/** Everything a shopper may see of the product {@code head} names. */
	public PublicProduct product(Tenant tenant, ProductLookup.Found head) {
		Set<UUID> id = Set.of(head.id());
		return PublicProduct.of(head, this.catalog.options(tenant, id).get(head.id()),
				this.catalog.variants(tenant, id).get(head.id()), this.catalog.images(tenant, id).get(head.id()),
				this.catalog.tags(tenant, id).get(head.id()), this.catalog.collectionsOf(tenant, id).get(head.id()));
	}

	public List<CollectionSummary> collections(Tenant tenant) {
		return this.navigation.collections(tenant);
	}

	public Optional<CollectionSummary> collection(Tenant tenant, String handle) {
		return ListingRequest.isHandle(handle) ? this.navigation.collection(tenant, handle) : Optional.empty();
	}

	public List<CategoryNode> categories(Tenant tenant) {
		return this.navigation.categories(tenant);
	}

	/** The category {@code handle} names, with the categories below it. */
	public Optional<CategoryNode> category(Tenant tenant, String handle) {
		return ListingRequest.isHandle(handle) ? find(categories(tenant), handle) : Optional.empty();
	}

	private static Optional<CategoryNode> find(List<CategoryNode> nodes, String handle) {
		for (CategoryNode node : nodes) {
			if (node.handle().equals(handle)) {
				return Optional.of(node);
			}
			Optional<CategoryNode> below = find(node.children(), handle);
			if (below.isPresent()) {
				return below;
			}
		}
		return Optional.empty();
	}

	/** The name the merchant gave the shop, or one made from its id. */
	public String shopName(Tenant tenant) {
		return this.settings.shopName(tenant).orElseGet(() -> displayName(tenant.id()));
	}

	/**
	 * {@code acme-books} reads as "Acme Books", for a shop whose schema holds no name.
	 */
	static String displayName(TenantId tenantId) {
		return Arrays.stream(tenantId.value().split("-"))
			.filter((word) -> !word.isEmpty())
			.map((word) -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
			.collect(Collectors.joining(" "));
	}

}
