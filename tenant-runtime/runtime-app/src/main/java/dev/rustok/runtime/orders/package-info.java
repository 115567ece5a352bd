/**
 * Orders (docs/adr/0058): an {@link dev.rustok.runtime.orders.Order} is one of seven
 * sealed states whose transitions exist only where allowed, each one kept on the order's
 * timeline. {@link dev.rustok.runtime.orders.OrderBook} is the facade (checkout places
 * orders through it, the admin API changes them), {@code Orders} the port and
 * {@code JooqOrders} the only class touching generated jOOQ records. Publishes
 * {@link dev.rustok.runtime.events.OrderEvent}s; consumes none. Depends on
 * {@code shared}, {@code events}, {@code pricing} (totals), {@code inventory}
 * (reservations) and {@code tenancy}.
 */
@ApplicationModule(allowedDependencies = { "shared", "events", "pricing", "inventory", "tenancy" })
package dev.rustok.runtime.orders;

import org.springframework.modulith.ApplicationModule;
