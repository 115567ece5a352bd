package dev.rustok.runtime.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rustok.runtime.events.CatalogEvent;
import dev.rustok.runtime.settings.StoreSettings;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.QuotaExceeded;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.StaleVersion;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the catalogue's write side: what the admin API (REST and GraphQL) may do with
 * a shop's products. Every call names the shop; each is one transaction, so a write and
 * its events are stored whole or not at all, and a refused write changes nothing.
 */
@Service
@Transactional
public class Catalog {

	/** Tries at a free handle made from a title before giving up under contention. */
	private static final int HANDLE_ATTEMPTS = 5;

	private final Products products;

	private final StoreSettings settings;

	private final ApplicationEventPublisher events;

	private final ProductQuota quota;

	Catalog(Products products, StoreSettings settings, ProductQuota quota, ApplicationEventPublisher events) {
		this.products = products;
		this.quota = quota;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * @throws ResourceNotFound when the shop has no such product
	 */
	@Transactional(readOnly = true)
	public Product product(Tenant tenant, ProductId id) {
		return this.products.find(tenant, id).orElseThrow(() -> notFound(id));
	}

	/** A page of the shop's products for the admin, newest first, in any status. */
	@Transactional(readOnly = true)
	public ProductList products(Tenant tenant, ProductQuery query) {
		return this.products.list(tenant, query);
	}

	/**
	 * Adds a product; without a handle, one is made from the title ({@code blue-mug},
	 * then {@code blue-mug-2}, …).
	 * @throws InvalidInput naming every wrong field; nothing is stored then
	 * @throws DuplicateSku when another product has one of the SKUs
	 * @throws DuplicateHandle when another product has the handle asked for
	 * @throws QuotaExceeded when the shop's plan allows no more products
	 */
	public Product createProduct(Tenant tenant, ProductInput input) {
		ProductDetails details = checked(tenant, input, null);
		this.quota.checkRoomForOneMore(tenant);
		ProductId id = ProductId.random();
		Handle handle = (details.handle() != null) ? claim(tenant, id, details) : generate(tenant, id, details);
		this.events.publishEvent(
				new CatalogEvent.ProductCreated(tenant.id(), id.value(), handle.value(), details.status().wireName()));
		return product(tenant, id);
	}

	private Handle claim(Tenant tenant, ProductId id, ProductDetails details) {
		if (this.products.currentOwner(tenant, details.handle()).isPresent()
				|| !insert(tenant, id, details.handle(), details)) {
			throw new DuplicateHandle(details.handle(), "product");
		}
		return details.handle();
	}

	private Handle generate(Tenant tenant, ProductId id, ProductDetails details) {
		Handle base = Handle.fromTitle(details.title(), "product");
		for (int attempt = 0; attempt < HANDLE_ATTEMPTS; attempt++) {
			Handle handle = base.firstFreeAmong(this.products.handlesStartingWith(tenant, base));
			if (insert(tenant, id, handle, details)) {
				return handle;
			}
		}
		throw new DuplicateHandle(base, "product being created at the same time");
	}

	private boolean insert(Tenant tenant, ProductId id, Handle handle, ProductDetails details) {
		try {
			return this.products.insert(tenant, id, handle, details);
		}
		catch (DataIntegrityViolationException ex) {
			throw skuTakenMeanwhile(ex);
		}
	}

	/**
	 * Everything was checked, but a concurrent write took a SKU (or removed a collection
	 * or category) in between: the database's constraints decided, and the whole
	 * transaction is rolled back.
	 */
	private static ResourceConflict skuTakenMeanwhile(DataIntegrityViolationException ex) {
		if (String.valueOf(ex.getMessage()).contains("product_variant_sku_key")) {
			return DuplicateSku.takenMeanwhile();
		}
		return new ResourceConflict(new FieldProblem("id",
				"the catalogue changed at the same time (a collection or category was deleted?); reload and retry"));
	}

	/**
	 * Replaces the product with {@code input}, which must carry the version it was made
	 * from: variants are matched by id, those without one are added, those left out are
	 * deleted with their stock. A new handle leaves the old one redirecting.
	 * @throws StaleVersion when someone else changed the product since that version
	 */
	public Product replaceProduct(Tenant tenant, ProductId id, ProductInput input) {
		if (input.version() == null) {
			throw new InvalidInput(List.of(new FieldProblem("version", "is required: the version you read")));
		}
		Product current = product(tenant, id);
		if (current.version() != input.version()) {
			throw new StaleVersion(input.version(), current.version());
		}
		ProductDetails details = checked(tenant, input, current);
		Handle handle = (details.handle() != null) ? details.handle() : current.handle();
		if (!handle.equals(current.handle()) && this.products.currentOwner(tenant, handle).isPresent()) {
			throw new DuplicateHandle(handle, "product");
		}
		try {
			if (!this.products.replace(tenant, current, handle, details)) {
				throw stale(tenant, id, input.version());
			}
		}
		catch (DataIntegrityViolationException ex) {
			throw skuTakenMeanwhile(ex);
		}
		Product replaced = product(tenant, id);
		this.events.publishEvent(new CatalogEvent.ProductUpdated(tenant.id(), id.value(), handle.value(),
				replaced.status().wireName(), replaced.version()));
		PriceChanges.between(current, replaced).forEach((change) -> this.events.publishEvent(change.event(tenant)));
		return replaced;
	}

	/** Takes the product off the storefront; it stays in the admin. */
	public Product archiveProduct(Tenant tenant, ProductId id) {
		int version = this.products.archive(tenant, id).orElseThrow(() -> notFound(id));
		this.events.publishEvent(new CatalogEvent.ProductArchived(tenant.id(), id.value(), version));
		return product(tenant, id);
	}

	/**
	 * Deletes the product with its variants, prices and stock, if it is still at
	 * {@code version}.
	 */
	public void deleteProduct(Tenant tenant, ProductId id, Integer version) {
		if (version == null) {
			throw new InvalidInput(List.of(new FieldProblem("version", "is required: the version you read")));
		}
		int current = this.products.version(tenant, id).orElseThrow(() -> notFound(id));
		if (current != version || !this.products.delete(tenant, id, version)) {
			throw stale(tenant, id, version);
		}
		this.events.publishEvent(new CatalogEvent.ProductDeleted(tenant.id(), id.value()));
	}

	private ProductDetails checked(Tenant tenant, ProductInput input, Product current) {
		Set<String> currencies = this.settings.currencies(tenant);
		ProductDetails details = input.check(currencies);
		List<FieldProblem> problems = new ArrayList<>();
		List<Variant> variants = details.variants();
		Set<VariantId> own = (current != null) ? Set.copyOf(current.variants().stream().map(Variant::id).toList())
				: Set.of();
		for (int i = 0; i < variants.size(); i++) {
			if (variants.get(i).id() != null && !own.contains(variants.get(i).id())) {
				problems.add(new FieldProblem("variants[" + i + "].id",
						(current != null) ? "is not a variant of this product; leave it out to add a variant"
								: "must be left out: a new product's variants get their ids"));
			}
		}
		Set<CollectionId> unknownCollections = this.products.unknownCollections(tenant, details.collectionIds());
		for (int i = 0; i < details.collectionIds().size(); i++) {
			if (unknownCollections.contains(details.collectionIds().get(i))) {
				problems.add(new FieldProblem("collectionIds[" + i + "]", "is no collection of this shop"));
			}
		}
		Set<CategoryId> unknownCategories = this.products.unknownCategories(tenant, details.categoryIds());
		for (int i = 0; i < details.categoryIds().size(); i++) {
			if (unknownCategories.contains(details.categoryIds().get(i))) {
				problems.add(new FieldProblem("categoryIds[" + i + "]", "is no category of this shop"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Map<String, ProductId> taken = this.products.skusOfOtherProducts(tenant,
				variants.stream().map(Variant::sku).toList(), (current != null) ? current.id() : null);
		for (int i = 0; i < variants.size(); i++) {
			if (taken.containsKey(variants.get(i).sku())) {
				throw DuplicateSku.of("variants[" + i + "].sku", variants.get(i).sku());
			}
		}
		return details;
	}

	private StaleVersion stale(Tenant tenant, ProductId id, int sent) {
		return new StaleVersion(sent, this.products.version(tenant, id).orElseThrow(() -> notFound(id)));
	}

	static ResourceNotFound notFound(ProductId id) {
		return new ResourceNotFound("This shop has no product " + id);
	}

}
