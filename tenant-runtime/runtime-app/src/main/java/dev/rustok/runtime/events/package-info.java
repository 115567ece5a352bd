/**
 * The runtime's domain events: one sealed hierarchy of records per module
 * ({@code CatalogEvent}, {@code InventoryEvent}, …), each carrying its tenant id, because
 * a listener may run on another thread. The only thing modules share besides
 * {@code shared}; the event backbone (issue 13) makes them durable through an outbox.
 */
@ApplicationModule(allowedDependencies = "shared")
package dev.rustok.runtime.events;

import org.springframework.modulith.ApplicationModule;
