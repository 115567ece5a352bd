package dev.rustok.runtime.events;

import java.util.UUID;

import dev.rustok.runtime.shared.TenantId;

/**
 * What changed in a shop's catalogue, published by the catalogue inside the writing
 * transaction (docs/adr/0028). Ids are plain UUIDs: events are the protocol between
 * modules, the catalogue's typed ids stay inside it. The outbox stores each one in the
 * same transaction (docs/adr/0054).
 */
public sealed interface CatalogEvent extends DomainEvent {

	/** The shop the change belongs to. */
	TenantId tenantId();

	/** Events of a product, its variants and prices. */
	sealed interface ProductEvent extends CatalogEvent {

		UUID productId();

		@Override
		default String aggregateType() {
			return "product";
		}

		@Override
		default UUID aggregateId() {
			return productId();
		}

	}

	/** A product was created, in any status. */
	record ProductCreated(TenantId tenantId, UUID productId, String handle, String status) implements ProductEvent {

	}

	/** A product was replaced by an edit; {@code version} is its new version. */
	record ProductUpdated(TenantId tenantId, UUID productId, String handle, String status,
			int version) implements ProductEvent {

		@Override
		public long aggregateVersion() {
			return version();
		}

	}

	/** A product was archived: it is no longer public. */
	record ProductArchived(TenantId tenantId, UUID productId, int version) implements ProductEvent {

		@Override
		public long aggregateVersion() {
			return version();
		}

	}

	/** A product was deleted with its variants, prices and stock. */
	record ProductDeleted(TenantId tenantId, UUID productId) implements ProductEvent {

	}

	/**
	 * A variant's price in one currency was set, changed or removed.
	 *
	 * @param oldAmountMinor {@code null} when the variant had no price in this currency
	 * @param newAmountMinor {@code null} when the price was removed
	 */
	record VariantPriceChanged(TenantId tenantId, UUID productId, UUID variantId, String currency, Long oldAmountMinor,
			Long newAmountMinor) implements ProductEvent {

	}

	/** A collection was created, edited, deleted, or its products changed. */
	record CollectionChanged(TenantId tenantId, UUID collectionId) implements CatalogEvent {

		@Override
		public String aggregateType() {
			return "collection";
		}

		@Override
		public UUID aggregateId() {
			return collectionId();
		}

	}

}
