/**
 * The runtime's domain events: one sealed hierarchy of records per module
 * ({@code CatalogEvent}, {@code InventoryEvent}, …), each carrying its tenant id, because
 * a listener may run on another thread. The only thing modules share besides
 * {@code shared}: {@code DomainEvent} over them, the {@code EventEnvelope} the outbox
 * stores and delivers, and the {@code EventHandler} contract of its consumers
 * (docs/adr/0053).
 */
@ApplicationModule(allowedDependencies = "shared")
package dev.rustok.runtime.events;

import org.springframework.modulith.ApplicationModule;
