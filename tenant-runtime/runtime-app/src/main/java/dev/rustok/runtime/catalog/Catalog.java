package dev.rustok.runtime.catalog;

import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the catalogue: what the storefront and the APIs may ask of it. Every call
 * names the tenant; the catalogue never looks it up itself. Each call is one transaction:
 * a page and its total are counted in the same snapshot, and a write (later with its
 * outbox event) is stored whole or not at all.
 */
@Service
@Transactional(readOnly = true)
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
	@Transactional
	public Product addProduct(Tenant tenant, NewProduct product) {
		return this.products.add(tenant, product);
	}

}
