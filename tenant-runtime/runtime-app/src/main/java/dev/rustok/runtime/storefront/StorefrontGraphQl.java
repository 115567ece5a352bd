package dev.rustok.runtime.storefront;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import dev.rustok.runtime.shared.Tenant;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The storefront's GraphQL queries ({@code graphql/storefront.graphqls}). A product's
 * lists (variants, images, ...) are loaded for a whole page at once through
 * {@code @BatchMapping} (a DataLoader per request), so a page costs the same number of
 * queries whatever its size.
 */
@Controller
class StorefrontGraphQl {

	static final String TENANT = "tenant";

	private final Storefront storefront;

	private final StoreCatalog catalog;

	StorefrontGraphQl(Storefront storefront, StoreCatalog catalog) {
		this.storefront = storefront;
		this.catalog = catalog;
	}

	@QueryMapping
	Connection products(@ContextValue(name = TENANT) Tenant tenant, @Argument Map<String, Object> filter,
			@Argument String sort, @Argument Integer first, @Argument String after) {
		Map<String, String> params = new HashMap<>();
		if (filter != null) {
			filter.forEach((name, value) -> {
				if (value != null) {
					params.put(name.equals("query") ? "q" : name, String.valueOf(value));
				}
			});
		}
		params.put("sort", sort.toLowerCase(Locale.ROOT));
		params.put("first", String.valueOf(first));
		if (after != null) {
			params.put("after", after);
		}
		return Connection.of(this.storefront.products(tenant, ListingRequest.parse(params, "first")));
	}

	@QueryMapping
	SearchResults search(@ContextValue(name = TENANT) Tenant tenant, @Argument String query,
			@Argument Map<String, Object> filter, @Argument Integer first, @Argument Integer page) {
		Map<String, String> params = new HashMap<>();
		if (filter != null) {
			filter.forEach((name, value) -> {
				if (value != null && !name.equals("query")) {
					params.put(name, String.valueOf(value));
				}
			});
		}
		params.put("q", query);
		params.put("first", String.valueOf(first));
		params.put("page", String.valueOf(page));
		return this.storefront.search(tenant, SearchRequest.parse(params, "first"));
	}

	@QueryMapping
	ProductCard product(@ContextValue(name = TENANT) Tenant tenant, @Argument String handle,
			@Argument String currency) {
		String shown = this.storefront.currency(tenant, Optional.ofNullable(currency));
		ProductLookup lookup = this.storefront.find(tenant, handle);
		if (lookup instanceof ProductLookup.Moved moved) {
			lookup = this.storefront.find(tenant, moved.handle());
		}
		if (lookup instanceof ProductLookup.Found found) {
			return this.catalog.cards(tenant, List.of(found.id()), shown).get(found.id());
		}
		return null;
	}

	@QueryMapping
	List<CollectionSummary> collections(@ContextValue(name = TENANT) Tenant tenant) {
		return this.storefront.collections(tenant);
	}

	@QueryMapping
	List<CategoryNode> categories(@ContextValue(name = TENANT) Tenant tenant) {
		return this.storefront.categories(tenant);
	}

	@BatchMapping(typeName = "Product")
	List<String> description(List<ProductCard> products, @ContextValue(name = TENANT) Tenant tenant) {
		Map<UUID, String> descriptions = this.catalog.descriptions(tenant, ids(products));
		return products.stream().map((product) -> descriptions.get(product.id())).toList();
	}

	@BatchMapping(typeName = "Product")
	List<List<ProductOption>> options(List<ProductCard> products, @ContextValue(name = TENANT) Tenant tenant) {
		return inOrder(products, tenant, this.catalog::options);
	}

	@BatchMapping(typeName = "Product")
	List<List<Variant>> variants(List<ProductCard> products, @ContextValue(name = TENANT) Tenant tenant) {
		return inOrder(products, tenant, this.catalog::variants);
	}

	@BatchMapping(typeName = "Product")
	List<List<Image>> images(List<ProductCard> products, @ContextValue(name = TENANT) Tenant tenant) {
		return inOrder(products, tenant, this.catalog::images);
	}

	@BatchMapping(typeName = "Product")
	List<List<String>> tags(List<ProductCard> products, @ContextValue(name = TENANT) Tenant tenant) {
		return inOrder(products, tenant, this.catalog::tags);
	}

	@BatchMapping(typeName = "Product")
	List<List<CollectionSummary>> collections(List<ProductCard> products, @ContextValue(name = TENANT) Tenant tenant) {
		return inOrder(products, tenant, this.catalog::collectionsOf);
	}

	private static <T> List<List<T>> inOrder(List<ProductCard> products, Tenant tenant,
			BiFunction<Tenant, List<UUID>, Map<UUID, List<T>>> load) {
		Map<UUID, List<T>> loaded = load.apply(tenant, ids(products));
		return products.stream().map((product) -> loaded.getOrDefault(product.id(), List.of())).toList();
	}

	private static List<UUID> ids(List<ProductCard> products) {
		return products.stream().map(ProductCard::id).distinct().toList();
	}

	/** A page as a GraphQL connection. */
	record Connection(List<Edge> edges, List<ProductCard> nodes, PageInfo pageInfo) {

		static Connection of(Listing listing) {
			List<Edge> edges = listing.entries()
				.stream()
				.map((entry) -> new Edge(entry.cursor().encoded(), entry.card()))
				.toList();
			return new Connection(edges, listing.items(),
					new PageInfo(listing.hasMore(), edges.isEmpty() ? null : edges.getLast().cursor()));
		}

	}

	record Edge(String cursor, ProductCard node) {

	}

	record PageInfo(boolean hasNextPage, String endCursor) {

	}

}
