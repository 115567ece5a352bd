package dev.rustok.runtime.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.catalog.CategoryController.CategoryView;
import dev.rustok.runtime.catalog.CollectionController.CollectionView;
import dev.rustok.runtime.catalog.ProductJson.ListView;
import dev.rustok.runtime.catalog.ProductJson.ProductView;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The admin catalogue over GraphQL ({@code graphql/catalog-admin.graphqls},
 * docs/adr/0047): the REST controllers' facade calls and wire shapes, behind the same
 * roles. POST {@code /graphql} is open to anyone for the storefront's queries, so the
 * roles are checked here, per field; a token of another shop's realm never gets this far
 * (401 at the filter).
 */
@Controller
class CatalogGraphQl {

	/**
	 * The key under which the GraphQL context holds the request's tenant (docs/adr/0038).
	 */
	private static final String TENANT = "tenant";

	private static final String STAFF = "hasAnyRole('owner', 'admin', 'editor', 'viewer')";

	private static final String CATALOGUE_WRITERS = "hasAnyRole('owner', 'admin', 'editor')";

	private final Catalog catalog;

	private final ManualCollections collections;

	private final CategoryTree categories;

	CatalogGraphQl(Catalog catalog, ManualCollections collections, CategoryTree categories) {
		this.catalog = catalog;
		this.collections = collections;
		this.categories = categories;
	}

	@QueryMapping
	@PreAuthorize(STAFF)
	public ProductView adminProduct(@ContextValue(name = TENANT) Tenant tenant, @Argument UUID id) {
		return ProductView.of(this.catalog.product(tenant, new ProductId(id)));
	}

	@QueryMapping
	@PreAuthorize(STAFF)
	public ListView adminProducts(@ContextValue(name = TENANT) Tenant tenant, @Argument String query,
			@Argument String status, @Argument Integer first, @Argument String after) {
		return ListView.of(this.catalog.products(tenant, ProductQuery.of(query, status, after, first)));
	}

	@QueryMapping
	@PreAuthorize(STAFF)
	public List<CollectionView> adminCollections(@ContextValue(name = TENANT) Tenant tenant) {
		return this.collections.collections(tenant).stream().map(CollectionView::of).toList();
	}

	@QueryMapping
	@PreAuthorize(STAFF)
	public List<CategoryView> adminCategories(@ContextValue(name = TENANT) Tenant tenant) {
		return this.categories.categories(tenant).stream().map(CategoryView::of).toList();
	}

	@MutationMapping
	@PreAuthorize(CATALOGUE_WRITERS)
	public ProductView createProduct(@ContextValue(name = TENANT) Tenant tenant, @Argument ProductInput input) {
		return ProductView.of(this.catalog.createProduct(tenant, input));
	}

	@MutationMapping
	@PreAuthorize(CATALOGUE_WRITERS)
	public ProductView updateProduct(@ContextValue(name = TENANT) Tenant tenant, @Argument UUID id,
			@Argument ProductInput input) {
		return ProductView.of(this.catalog.replaceProduct(tenant, new ProductId(id), input));
	}

	@MutationMapping
	@PreAuthorize(CATALOGUE_WRITERS)
	public ProductView archiveProduct(@ContextValue(name = TENANT) Tenant tenant, @Argument UUID id) {
		return ProductView.of(this.catalog.archiveProduct(tenant, new ProductId(id)));
	}

	@MutationMapping
	@PreAuthorize(CATALOGUE_WRITERS)
	public UUID deleteProduct(@ContextValue(name = TENANT) Tenant tenant, @Argument UUID id, @Argument int version) {
		this.catalog.deleteProduct(tenant, new ProductId(id), version);
		return id;
	}

	@MutationMapping
	@PreAuthorize(CATALOGUE_WRITERS)
	public CollectionView createCollection(@ContextValue(name = TENANT) Tenant tenant,
			@Argument CollectionInput input) {
		return CollectionView.of(this.collections.create(tenant, input));
	}

	@MutationMapping
	@PreAuthorize(CATALOGUE_WRITERS)
	public CollectionView updateCollection(@ContextValue(name = TENANT) Tenant tenant, @Argument UUID id,
			@Argument CollectionInput input) {
		return CollectionView.of(this.collections.replace(tenant, new CollectionId(id), input));
	}

	@MutationMapping
	@PreAuthorize(CATALOGUE_WRITERS)
	public UUID deleteCollection(@ContextValue(name = TENANT) Tenant tenant, @Argument UUID id, @Argument int version) {
		this.collections.delete(tenant, new CollectionId(id), version);
		return id;
	}

	@MutationMapping
	@PreAuthorize(CATALOGUE_WRITERS)
	public int changeCollectionPrices(@ContextValue(name = TENANT) Tenant tenant, @Argument UUID id,
			@Argument String currency, @Argument double percent) {
		// the percent as written ("-12.5"), not its binary approximation
		BulkPriceChange change = BulkPriceChange.of(currency, new BigDecimal(Double.toString(percent)));
		return this.collections.changePrices(tenant, new CollectionId(id), change);
	}

	@MutationMapping
	@PreAuthorize(CATALOGUE_WRITERS)
	public CategoryView createCategory(@ContextValue(name = TENANT) Tenant tenant, @Argument CategoryInput input) {
		return CategoryView.of(this.categories.create(tenant, input));
	}

	@MutationMapping
	@PreAuthorize(CATALOGUE_WRITERS)
	public CategoryView updateCategory(@ContextValue(name = TENANT) Tenant tenant, @Argument UUID id,
			@Argument CategoryInput input) {
		return CategoryView.of(this.categories.replace(tenant, new CategoryId(id), input));
	}

	@MutationMapping
	@PreAuthorize(CATALOGUE_WRITERS)
	public UUID deleteCategory(@ContextValue(name = TENANT) Tenant tenant, @Argument UUID id, @Argument int version) {
		this.categories.delete(tenant, new CategoryId(id), version);
		return id;
	}

}
