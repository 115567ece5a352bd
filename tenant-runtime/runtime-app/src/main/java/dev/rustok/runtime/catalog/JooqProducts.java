package dev.rustok.runtime.catalog;

import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.schema.tables.records.CatalogProductRecord;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.CATALOG_PRODUCT;

/**
 * Products in the tenant's own schema ({@code catalog_product}), through
 * {@link TenantDsl}.
 */
@Component
class JooqProducts implements Products {

	private final TenantDsl dsl;

	JooqProducts(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public ProductPage newestFirst(Tenant tenant, Paging paging) {
		DSLContext sql = this.dsl.of(tenant);
		int total = sql.fetchCount(CATALOG_PRODUCT);
		// (created_at, id) is indexed; id breaks ties so pages never overlap
		List<Product> items = sql.selectFrom(CATALOG_PRODUCT)
			.orderBy(CATALOG_PRODUCT.CREATED_AT.desc(), CATALOG_PRODUCT.ID.desc())
			.limit(paging.size())
			.offset(paging.offset())
			.fetch(JooqProducts::product);
		return new ProductPage(items, paging.page(), paging.size(), total);
	}

	@Override
	public Optional<Product> find(Tenant tenant, ProductId id) {
		return this.dsl.of(tenant)
			.selectFrom(CATALOG_PRODUCT)
			.where(CATALOG_PRODUCT.ID.eq(id.value()))
			.fetchOptional(JooqProducts::product);
	}

	@Override
	public Product add(Tenant tenant, NewProduct product) {
		CatalogProductRecord stored = this.dsl.of(tenant)
			.insertInto(CATALOG_PRODUCT)
			.set(CATALOG_PRODUCT.ID, ProductId.random().value())
			.set(CATALOG_PRODUCT.SKU, product.sku())
			.set(CATALOG_PRODUCT.NAME, product.name())
			.set(CATALOG_PRODUCT.DESCRIPTION, product.description())
			.set(CATALOG_PRODUCT.PRICE_MINOR, product.price().amountMinor())
			.set(CATALOG_PRODUCT.CURRENCY, product.price().currency())
			// the unique index decides, so two concurrent requests cannot both win
			.onConflict(CATALOG_PRODUCT.SKU)
			.doNothing()
			.returning()
			.fetchOne();
		if (stored == null) {
			throw new DuplicateSku(product.sku());
		}
		return product(stored);
	}

	private static Product product(CatalogProductRecord row) {
		return new Product(new ProductId(row.getId()), row.getSku(), row.getName(), row.getDescription(),
				new Money(row.getPriceMinor(), row.getCurrency()));
	}

}
