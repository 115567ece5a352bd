package dev.rustok.runtime.events;

import java.util.UUID;

import dev.rustok.runtime.shared.TenantId;

/**
 * What changed in a shop's catalogue, published by the catalogue inside the writing
 * transaction (docs/adr/0028). Ids are plain UUIDs: events are the protocol between
 * modules, the catalogue's typed ids stay inside it. Nothing does work in a listener yet;
 * the event backbone (issue 13) makes them durable.
 */
public sealed interface CatalogEvent {

	/** The shop the change belongs to. */
	TenantId tenantId();

	/** A product was created, in any status. */
	record ProductCreated(TenantId tenantId, UUID productId, String handle, String status) implements CatalogEvent {

	}

	/** A product was replaced by an edit; {@code version} is its new version. */
	record ProductUpdated(TenantId tenantId, UUID productId, String handle, String status,
			int version) implements CatalogEvent {

	}

	/** A product was archived: it is no longer public. */
	record ProductArchived(TenantId tenantId, UUID productId, int version) implements CatalogEvent {

	}

	/** A product was deleted with its variants, prices and stock. */
	record ProductDeleted(TenantId tenantId, UUID productId) implements CatalogEvent {

	}

	/**
	 * A variant's price in one currency was set, changed or removed.
	 *
	 * @param oldAmountMinor {@code null} when the variant had no price in this currency
	 * @param newAmountMinor {@code null} when the price was removed
	 */
	record VariantPriceChanged(TenantId tenantId, UUID productId, UUID variantId, String currency, Long oldAmountMinor,
			Long newAmountMinor) implements CatalogEvent {

	}

	/** A collection was created, edited, deleted, or its products changed. */
	record CollectionChanged(TenantId tenantId, UUID collectionId) implements CatalogEvent {

	}

}
