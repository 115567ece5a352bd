/**
 * Inventory: stock per variant per location, an append-only adjustment history, low-stock
 * thresholds and the reservations checkout takes (docs/adr/0028, 0035).
 * {@link dev.rustok.runtime.inventory.Inventory} is the facade, {@code Stock} its port
 * and {@code JooqStock} the only class touching generated jOOQ records; it reads the
 * catalogue's variant tables but never its classes. Publishes
 * {@link dev.rustok.runtime.events.InventoryEvent}s, consumes none. Depends on
 * {@code shared}, {@code events} and {@code tenancy}.
 */
@ApplicationModule(allowedDependencies = { "shared", "events", "tenancy" })
package dev.rustok.runtime.inventory;

import org.springframework.modulith.ApplicationModule;
