package dev.rustok.runtime.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rustok.runtime.catalog.Collections.PricedVariant;
import dev.rustok.runtime.events.CatalogEvent;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.StaleVersion;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of a shop's manual collections: nested (never in a cycle), each with its
 * products in the merchant's order, and the bulk price change of a collection. One
 * transaction per call; a refused call changes nothing.
 */
@Service
@Transactional
public class ManualCollections {

	private final Collections collections;

	private final ApplicationEventPublisher events;

	ManualCollections(Collections collections, ApplicationEventPublisher events) {
		this.collections = collections;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<ProductCollection> collections(Tenant tenant) {
		return this.collections.all(tenant);
	}

	/**
	 * @throws ResourceNotFound when the shop has no such collection
	 */
	@Transactional(readOnly = true)
	public ProductCollection collection(Tenant tenant, CollectionId id) {
		return this.collections.find(tenant, id).orElseThrow(() -> notFound(id));
	}

	public ProductCollection create(Tenant tenant, CollectionInput input) {
		CollectionInput.Checked checked = checked(tenant, null, input);
		CollectionId id = CollectionId.random();
		if (checked.handle() != null) {
			if (this.collections.currentOwner(tenant, checked.handle()).isPresent()
					|| !this.collections.insert(tenant, id, checked.handle(), checked)) {
				throw new DuplicateHandle(checked.handle(), "collection");
			}
		}
		else {
			Handle base = Handle.fromTitle(checked.title(), "collection");
			Handle handle = base.firstFreeAmong(this.collections.handlesStartingWith(tenant, base));
			if (!this.collections.insert(tenant, id, handle, checked)) {
				throw new DuplicateHandle(handle, "collection being created at the same time");
			}
		}
		this.events.publishEvent(new CatalogEvent.CollectionChanged(tenant.id(), id.value()));
		return collection(tenant, id);
	}

	/**
	 * @throws StaleVersion when someone else changed it since {@code input.version()}
	 */
	public ProductCollection replace(Tenant tenant, CollectionId id, CollectionInput input) {
		if (input.version() == null) {
			throw new InvalidInput(List.of(new FieldProblem("version", "is required: the version you read")));
		}
		ProductCollection current = collection(tenant, id);
		if (current.version() != input.version()) {
			throw new StaleVersion(input.version(), current.version());
		}
		CollectionInput.Checked checked = checked(tenant, id, input);
		Handle handle = (checked.handle() != null) ? checked.handle() : current.handle();
		if (!handle.equals(current.handle()) && this.collections.currentOwner(tenant, handle).isPresent()) {
			throw new DuplicateHandle(handle, "collection");
		}
		if (!this.collections.replace(tenant, id, current.version(), handle, checked)) {
			throw new StaleVersion(input.version(), collection(tenant, id).version());
		}
		this.events.publishEvent(new CatalogEvent.CollectionChanged(tenant.id(), id.value()));
		return collection(tenant, id);
	}

	/** Deletes the collection; its sub-collections move to the top level. */
	public void delete(Tenant tenant, CollectionId id, Integer version) {
		if (version == null) {
			throw new InvalidInput(List.of(new FieldProblem("version", "is required: the version you read")));
		}
		ProductCollection current = collection(tenant, id);
		if (current.version() != version || !this.collections.delete(tenant, id, version)) {
			throw new StaleVersion(version, current.version());
		}
		this.events.publishEvent(new CatalogEvent.CollectionChanged(tenant.id(), id.value()));
	}

	/**
	 * Changes the price in one currency of every variant of the collection's own products
	 * (not those of its sub-collections): all of them or, when one would leave the money
	 * bounds, none.
	 * @return how many prices changed
	 */
	public int changePrices(Tenant tenant, CollectionId id, BulkPriceChange change) {
		collection(tenant, id);
		List<PricedVariant> before = this.collections.pricesForUpdate(tenant, id, change.currency());
		List<PricedVariant> after = change.applyTo(before);
		this.collections.changePrices(tenant, change.currency(), after);
		Map<VariantId, Long> old = new java.util.HashMap<>();
		before.forEach((price) -> old.put(price.variant(), price.amountMinor()));
		for (PricedVariant price : after) {
			this.events.publishEvent(new CatalogEvent.VariantPriceChanged(tenant.id(), price.product().value(),
					price.variant().value(), change.currency(), old.get(price.variant()), price.amountMinor()));
		}
		return after.size();
	}

	private CollectionInput.Checked checked(Tenant tenant, CollectionId self, CollectionInput input) {
		CollectionInput.Checked checked = input.check();
		List<FieldProblem> problems = new ArrayList<>();
		if (checked.parentId() != null) {
			Map<CollectionId, CollectionId> parents = this.collections.parents(tenant);
			if (this.collections.find(tenant, checked.parentId()).isEmpty()) {
				problems.add(new FieldProblem("parentId", "is no collection of this shop"));
			}
			else if (self != null && leadsBackTo(self, checked.parentId(), parents)) {
				problems.add(new FieldProblem("parentId",
						"would put the collection inside itself: it is this collection or one inside it"));
			}
		}
		if (checked.productIds() != null) {
			Set<ProductId> unknown = this.collections.unknownProducts(tenant, checked.productIds());
			for (int i = 0; i < checked.productIds().size(); i++) {
				if (unknown.contains(checked.productIds().get(i))) {
					problems.add(new FieldProblem("productIds[" + i + "]", "is no product of this shop"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return checked;
	}

	/** Whether walking up from {@code parent} reaches {@code self}. */
	static <T> boolean leadsBackTo(T self, T parent, Map<T, T> parents) {
		Set<T> seen = new HashSet<>();
		for (T at = parent; at != null && seen.add(at); at = parents.get(at)) {
			if (at.equals(self)) {
				return true;
			}
		}
		return false;
	}

	static ResourceNotFound notFound(CollectionId id) {
		return new ResourceNotFound("This shop has no collection " + id);
	}

}
