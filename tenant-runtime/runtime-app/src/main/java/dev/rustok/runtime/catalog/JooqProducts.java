package dev.rustok.runtime.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.rustok.runtime.schema.tables.records.ProductRecord;
import dev.rustok.runtime.schema.tables.records.ProductVariantRecord;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.CATEGORY;
import static dev.rustok.runtime.schema.Tables.COLLECTION;
import static dev.rustok.runtime.schema.Tables.COLLECTION_PRODUCT;
import static dev.rustok.runtime.schema.Tables.PRODUCT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_CATEGORY;
import static dev.rustok.runtime.schema.Tables.PRODUCT_HANDLE_REDIRECT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_IMAGE;
import static dev.rustok.runtime.schema.Tables.PRODUCT_OPTION;
import static dev.rustok.runtime.schema.Tables.PRODUCT_TAG;
import static dev.rustok.runtime.schema.Tables.PRODUCT_VARIANT;
import static dev.rustok.runtime.schema.Tables.VARIANT_PRICE;

/** Products in the shop's own schema (tenant migration V3), through {@link TenantDsl}. */
@Component
class JooqProducts implements Products {

	private static final Field<Integer> VARIANT_COUNT = DSL
		.field(DSL.selectCount().from(PRODUCT_VARIANT).where(PRODUCT_VARIANT.PRODUCT_ID.eq(PRODUCT.ID)));

	private static final Field<String> FIRST_IMAGE = DSL.field(DSL.select(PRODUCT_IMAGE.URL)
		.from(PRODUCT_IMAGE)
		.where(PRODUCT_IMAGE.PRODUCT_ID.eq(PRODUCT.ID))
		.orderBy(PRODUCT_IMAGE.POSITION)
		.limit(1));

	private final TenantDsl dsl;

	JooqProducts(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<Product> find(Tenant tenant, ProductId id) {
		DSLContext sql = this.dsl.of(tenant);
		return sql.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id.value())).fetchOptional().map((row) -> product(sql, row));
	}

	private static Product product(DSLContext sql, ProductRecord row) {
		UUID id = row.getId();
		List<ProductOption> options = sql.selectFrom(PRODUCT_OPTION)
			.where(PRODUCT_OPTION.PRODUCT_ID.eq(id))
			.orderBy(PRODUCT_OPTION.POSITION)
			.fetch((option) -> new ProductOption(option.getName(), Arrays.asList(option.getOptionValues())));
		Map<UUID, List<Price>> prices = sql.select(VARIANT_PRICE.fields())
			.from(VARIANT_PRICE)
			.join(PRODUCT_VARIANT)
			.on(PRODUCT_VARIANT.ID.eq(VARIANT_PRICE.VARIANT_ID))
			.where(PRODUCT_VARIANT.PRODUCT_ID.eq(id))
			.orderBy(VARIANT_PRICE.CURRENCY)
			.fetchGroups(VARIANT_PRICE.VARIANT_ID, (price) -> new Price(price.get(VARIANT_PRICE.CURRENCY),
					price.get(VARIANT_PRICE.AMOUNT_MINOR), price.get(VARIANT_PRICE.COMPARE_AT_MINOR)));
		List<Variant> variants = sql.selectFrom(PRODUCT_VARIANT)
			.where(PRODUCT_VARIANT.PRODUCT_ID.eq(id))
			.orderBy(PRODUCT_VARIANT.POSITION)
			.fetch((variant) -> variant(variant, prices.getOrDefault(variant.getId(), List.of())));
		List<ProductImage> images = sql.selectFrom(PRODUCT_IMAGE)
			.where(PRODUCT_IMAGE.PRODUCT_ID.eq(id))
			.orderBy(PRODUCT_IMAGE.POSITION)
			.fetch((image) -> new ProductImage(image.getUrl(), image.getAlt()));
		List<String> tags = sql.select(PRODUCT_TAG.TAG)
			.from(PRODUCT_TAG)
			.where(PRODUCT_TAG.PRODUCT_ID.eq(id))
			.orderBy(PRODUCT_TAG.TAG)
			.fetch(PRODUCT_TAG.TAG);
		List<CollectionId> collections = sql.select(COLLECTION_PRODUCT.COLLECTION_ID)
			.from(COLLECTION_PRODUCT)
			.where(COLLECTION_PRODUCT.PRODUCT_ID.eq(id))
			.orderBy(COLLECTION_PRODUCT.COLLECTION_ID)
			.fetch((collection) -> new CollectionId(collection.value1()));
		List<CategoryId> categories = sql.select(PRODUCT_CATEGORY.CATEGORY_ID)
			.from(PRODUCT_CATEGORY)
			.where(PRODUCT_CATEGORY.PRODUCT_ID.eq(id))
			.orderBy(PRODUCT_CATEGORY.CATEGORY_ID)
			.fetch((category) -> new CategoryId(category.value1()));
		return new Product(new ProductId(id), new Handle(row.getHandle()), row.getTitle(), row.getDescription(),
				ProductStatus.ofWireName(row.getStatus()).orElseThrow(), row.getTrackInventory(), options, variants,
				images, tags, collections, categories, row.getVersion(), instant(row.getCreatedAt()),
				instant(row.getUpdatedAt()));
	}

	private static Variant variant(ProductVariantRecord row, List<Price> prices) {
		return new Variant(new VariantId(row.getId()), row.getSku(), Arrays.asList(row.getOptionValues()), prices,
				row.getWeightGrams(), row.getBarcode());
	}

	@Override
	public ProductList list(Tenant tenant, ProductQuery query) {
		Condition where = DSL.trueCondition();
		if (query.status() != null) {
			where = where.and(PRODUCT.STATUS.eq(query.status().wireName()));
		}
		if (query.q() != null) {
			String pattern = "%" + query.q().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
			where = where.and(PRODUCT.TITLE.likeIgnoreCase(pattern, '!')
				.or(PRODUCT.HANDLE.likeIgnoreCase(pattern, '!'))
				.or(DSL.exists(DSL.selectOne()
					.from(PRODUCT_VARIANT)
					.where(PRODUCT_VARIANT.PRODUCT_ID.eq(PRODUCT.ID),
							PRODUCT_VARIANT.SKU.likeIgnoreCase(pattern, '!')))));
		}
		if (query.after() != null) {
			where = where.and(DSL.row(PRODUCT.CREATED_AT, PRODUCT.ID)
				.lt(OffsetDateTime.ofInstant(query.after().createdAt(), ZoneOffset.UTC), query.after().id()));
		}
		// one row more than asked tells whether there is a next page, without a count
		List<ProductSummary> rows = this.dsl.of(tenant)
			.select(PRODUCT.ID, PRODUCT.HANDLE, PRODUCT.TITLE, PRODUCT.STATUS, VARIANT_COUNT, FIRST_IMAGE,
					PRODUCT.VERSION, PRODUCT.CREATED_AT, PRODUCT.UPDATED_AT)
			.from(PRODUCT)
			.where(where)
			.orderBy(PRODUCT.CREATED_AT.desc(), PRODUCT.ID.desc())
			.limit(query.limit() + 1)
			.fetch(JooqProducts::summary);
		if (rows.size() <= query.limit()) {
			return new ProductList(rows, null);
		}
		List<ProductSummary> page = rows.subList(0, query.limit());
		ProductSummary last = page.getLast();
		return new ProductList(page, new ProductCursor(last.createdAt(), last.id().value()));
	}

	private static ProductSummary summary(Record row) {
		return new ProductSummary(new ProductId(row.get(PRODUCT.ID)), new Handle(row.get(PRODUCT.HANDLE)),
				row.get(PRODUCT.TITLE), ProductStatus.ofWireName(row.get(PRODUCT.STATUS)).orElseThrow(),
				row.get(VARIANT_COUNT), row.get(FIRST_IMAGE), row.get(PRODUCT.VERSION),
				instant(row.get(PRODUCT.CREATED_AT)), instant(row.get(PRODUCT.UPDATED_AT)));
	}

	@Override
	public boolean insert(Tenant tenant, ProductId id, Handle handle, ProductDetails details) {
		DSLContext sql = this.dsl.of(tenant);
		// the unique handle decides, so two concurrent creates cannot both win
		int inserted = sql.insertInto(PRODUCT)
			.set(PRODUCT.ID, id.value())
			.set(PRODUCT.HANDLE, handle.value())
			.set(PRODUCT.TITLE, details.title())
			.set(PRODUCT.DESCRIPTION, details.description())
			.set(PRODUCT.STATUS, details.status().wireName())
			.set(PRODUCT.TRACK_INVENTORY, details.trackInventory())
			.onConflictDoNothing()
			.execute();
		if (inserted == 0) {
			return false;
		}
		sql.deleteFrom(PRODUCT_HANDLE_REDIRECT).where(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE.eq(handle.value())).execute();
		new JooqProductRows(sql, id).writeAll(details);
		return true;
	}

	@Override
	public boolean replace(Tenant tenant, Product current, Handle handle, ProductDetails details) {
		DSLContext sql = this.dsl.of(tenant);
		int updated = sql.update(PRODUCT)
			.set(PRODUCT.HANDLE, handle.value())
			.set(PRODUCT.TITLE, details.title())
			.set(PRODUCT.DESCRIPTION, details.description())
			.set(PRODUCT.STATUS, details.status().wireName())
			.set(PRODUCT.TRACK_INVENTORY, details.trackInventory())
			.set(PRODUCT.VERSION, PRODUCT.VERSION.plus(1))
			.set(PRODUCT.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(PRODUCT.ID.eq(current.id().value()), PRODUCT.VERSION.eq(current.version()))
			.execute();
		if (updated == 0) {
			return false;
		}
		if (!handle.equals(current.handle())) {
			sql.deleteFrom(PRODUCT_HANDLE_REDIRECT)
				.where(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE.eq(handle.value()))
				.execute();
			sql.insertInto(PRODUCT_HANDLE_REDIRECT)
				.set(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE, current.handle().value())
				.set(PRODUCT_HANDLE_REDIRECT.PRODUCT_ID, current.id().value())
				.onConflict(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE)
				.doUpdate()
				.set(PRODUCT_HANDLE_REDIRECT.PRODUCT_ID, current.id().value())
				.execute();
		}
		new JooqProductRows(sql, current.id()).rewriteAll(current, details);
		return true;
	}

	@Override
	public Optional<Integer> archive(Tenant tenant, ProductId id) {
		return this.dsl.of(tenant)
			.update(PRODUCT)
			.set(PRODUCT.STATUS, ProductStatus.ARCHIVED.wireName())
			.set(PRODUCT.VERSION, PRODUCT.VERSION.plus(1))
			.set(PRODUCT.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(PRODUCT.ID.eq(id.value()))
			.returning(PRODUCT.VERSION)
			.fetchOptional(PRODUCT.VERSION);
	}

	@Override
	public boolean delete(Tenant tenant, ProductId id, int version) {
		return this.dsl.of(tenant)
			.deleteFrom(PRODUCT)
			.where(PRODUCT.ID.eq(id.value()), PRODUCT.VERSION.eq(version))
			.execute() == 1;
	}

	@Override
	public int count(Tenant tenant) {
		return this.dsl.of(tenant).fetchCount(PRODUCT);
	}

	@Override
	public int countLockingCreates(Tenant tenant) {
		DSLContext sql = this.dsl.of(tenant);
		// a transaction-scoped advisory lock keyed by the shop's schema: creates of one
		// shop queue here for the moment of the count, other shops do not
		sql.select(DSL.field("pg_advisory_xact_lock(hashtext({0}))", Object.class,
				DSL.val("catalog.product-quota:" + tenant.schema())))
			.fetch();
		return sql.fetchCount(PRODUCT);
	}

	@Override
	public Optional<Integer> version(Tenant tenant, ProductId id) {
		return this.dsl.of(tenant)
			.select(PRODUCT.VERSION)
			.from(PRODUCT)
			.where(PRODUCT.ID.eq(id.value()))
			.fetchOptional(PRODUCT.VERSION);
	}

	@Override
	public Optional<ProductId> currentOwner(Tenant tenant, Handle handle) {
		return this.dsl.of(tenant)
			.select(PRODUCT.ID)
			.from(PRODUCT)
			.where(PRODUCT.HANDLE.eq(handle.value()))
			.fetchOptional((row) -> new ProductId(row.value1()));
	}

	@Override
	public Set<String> handlesStartingWith(Tenant tenant, Handle base) {
		// a handle holds no LIKE wildcard: only a-z, 0-9 and dashes
		String pattern = base.value() + "-%";
		return new HashSet<>(this.dsl.of(tenant)
			.select(PRODUCT.HANDLE)
			.from(PRODUCT)
			.where(PRODUCT.HANDLE.eq(base.value()).or(PRODUCT.HANDLE.like(pattern)))
			.union(DSL.select(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE)
				.from(PRODUCT_HANDLE_REDIRECT)
				.where(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE.eq(base.value())
					.or(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE.like(pattern))))
			.fetch(0, String.class));
	}

	@Override
	public Map<String, ProductId> skusOfOtherProducts(Tenant tenant, Collection<String> skus, ProductId except) {
		Condition others = (except != null) ? PRODUCT_VARIANT.PRODUCT_ID.ne(except.value()) : DSL.trueCondition();
		Map<String, ProductId> owners = new LinkedHashMap<>();
		this.dsl.of(tenant)
			.select(PRODUCT_VARIANT.SKU, PRODUCT_VARIANT.PRODUCT_ID)
			.from(PRODUCT_VARIANT)
			.where(PRODUCT_VARIANT.SKU.in(skus), others)
			.forEach((row) -> owners.put(row.value1(), new ProductId(row.value2())));
		return owners;
	}

	@Override
	public Set<CollectionId> unknownCollections(Tenant tenant, Collection<CollectionId> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Set<UUID> known = new HashSet<>(this.dsl.of(tenant)
			.select(COLLECTION.ID)
			.from(COLLECTION)
			.where(COLLECTION.ID.in(ids.stream().map(CollectionId::value).toList()))
			.fetch(COLLECTION.ID));
		return ids.stream().filter((id) -> !known.contains(id.value())).collect(Collectors.toSet());
	}

	@Override
	public Set<CategoryId> unknownCategories(Tenant tenant, Collection<CategoryId> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Set<UUID> known = new HashSet<>(this.dsl.of(tenant)
			.select(CATEGORY.ID)
			.from(CATEGORY)
			.where(CATEGORY.ID.in(ids.stream().map(CategoryId::value).toList()))
			.fetch(CATEGORY.ID));
		return ids.stream().filter((id) -> !known.contains(id.value())).collect(Collectors.toSet());
	}

	static Instant instant(OffsetDateTime time) {
		return time.toInstant();
	}

}
