/**
 * The indexer of the storefront's read side (issue 13, docs/adr/0064):
 * {@code ProductIndexer} consumes every {@code CatalogEvent} and {@code InventoryEvent}
 * from the outbox and rebuilds the affected products' documents ({@code read_product},
 * V9) from the catalogue's and inventory's tables in the relay's transaction;
 * {@link dev.rustok.runtime.catalogindex.ProductDocuments} is that rebuild, and
 * {@code Reindexing} rebuilds one shop or every shop online, with progress on
 * {@code /api/admin/reindex}. Consumes catalogue and inventory events, publishes none.
 */
@ApplicationModule(allowedDependencies = { "shared", "events", "tenancy", "storefront" })
package dev.rustok.runtime.catalogindex;

import org.springframework.modulith.ApplicationModule;
