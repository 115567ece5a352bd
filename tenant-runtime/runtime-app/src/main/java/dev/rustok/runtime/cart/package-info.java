/**
 * Carts (docs/adr/0071): anonymous carts found by the random id in an HttpOnly cookie,
 * and customers' carts; lines with a quantity limit, one currency per cart, prices read
 * from the catalogue on every read, expiry, and merging an anonymous cart into a
 * customer's at sign-in. {@link dev.rustok.runtime.cart.Carts} is the facade,
 * {@code CartStore} and {@code CatalogOffers} the ports, {@code Jooq*} the only classes
 * touching generated jOOQ records (it reads the catalogue's tables, never its classes).
 * {@link dev.rustok.runtime.cart.Shoppers}, a port answered by {@code customers}, says
 * who the shopper of a request is, so a cart started while signed in is the customer's
 * (docs/adr/0096) without cart knowing sessions or tokens, and a customer's cart opens
 * only to that customer ({@code CartCookieOfTheShopper}, docs/adr/0105). Publishes
 * {@link dev.rustok.runtime.events.CartEvent}s (a cart checked out, through the outbox);
 * consumes none. Depends on {@code shared}, {@code events}, {@code pricing},
 * {@code settings} (the shop's currencies) and {@code tenancy}.
 */
@ApplicationModule(allowedDependencies = { "shared", "events", "pricing", "settings", "tenancy" })
package dev.rustok.runtime.cart;

import org.springframework.modulith.ApplicationModule;
