/**
 * Orders (docs/adr/0058): an {@link dev.rustok.runtime.orders.Order} is one of seven
 * sealed states whose transitions exist only where allowed, each one kept on the order's
 * timeline. {@link dev.rustok.runtime.orders.OrderBook} is the facade (checkout places
 * orders through it, the admin API changes them), {@code Orders} the port and
 * {@code JooqOrders} the only class touching generated jOOQ records;
 * {@link dev.rustok.runtime.orders.PaymentReversals} refunds and cancels through the
 * provider that took the payment (docs/adr/0095). Publishes
 * {@link dev.rustok.runtime.events.OrderEvent}s; consumes none. Depends on
 * {@code shared}, {@code events}, {@code pricing} (totals), {@code inventory}
 * (reservations), {@code payments} (the provider port) and {@code tenancy}.
 */
@ApplicationModule(allowedDependencies = { "shared", "events", "pricing", "inventory", "payments", "tenancy" })
package dev.rustok.runtime.orders;

import org.springframework.modulith.ApplicationModule;
