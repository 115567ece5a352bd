package dev.rustok.runtime.catalog;

import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;

/** Port: where a tenant's products are stored. */
interface Products {

	ProductPage newestFirst(Tenant tenant, Paging paging);

	Optional<Product> find(Tenant tenant, ProductId id);

	/**
	 * @throws DuplicateSku when the tenant already has a product with the same SKU
	 */
	Product add(Tenant tenant, NewProduct product);

}
