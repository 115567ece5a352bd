package dev.rustok.runtime.catalog;

import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.stereotype.Service;

/**
 * Facade of the catalogue: what the storefront and the APIs may ask of it. Every call
 * names the tenant; the catalogue never looks it up itself.
 */
@Service
public class Catalog {

	private final Products products;

	Catalog(Products products) {
		this.products = products;
	}

	/** A page of the tenant's products, newest first. */
	public ProductPage newestProducts(Tenant tenant, Paging paging) {
		return this.products.newestFirst(tenant, paging);
	}

	/**
	 * @throws ResourceNotFound when the tenant has no such product
	 */
	public Product product(Tenant tenant, ProductId id) {
		return this.products.find(tenant, id).orElseThrow(() -> new ResourceNotFound("This shop has no product " + id));
	}

	/**
	 * Adds a product to the tenant's catalogue.
	 * @throws DuplicateSku when the SKU is taken; nothing is stored then
	 */
	public Product addProduct(Tenant tenant, NewProduct product) {
		return this.products.add(tenant, product);
	}

}
