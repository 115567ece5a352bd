/**
 * Customer accounts (docs/adr/0075–0077): shoppers sign up and in on the shop's own
 * Keycloak realm (authorization code with PKCE, done by the server:
 * {@code StorefrontSignIn}); the signed-in state is an encrypted cookie any node reads
 * ({@code SessionCookies}). A profile and addresses per realm subject, and the orders the
 * customer placed, linked by {@code OrdersOfCustomers} from
 * {@link dev.rustok.runtime.events.OrderEvent}s in the order's own transaction (the
 * outbox stores the same events for others, docs/adr/0084).
 * {@link dev.rustok.runtime.customers.CustomerAccounts} is the facade; REST at
 * {@code /api/store/customer} (customer tokens only), pages at {@code /account}. Consumes
 * order events; publishes none. Depends on {@code shared}, {@code events}, {@code cart}
 * (the anonymous cart is merged into the customer's at sign-in, and
 * {@code SignedInShoppers} answers cart's {@code Shoppers} port, docs/adr/0096),
 * {@code orders} (the facade, to read an order), {@code settings} (the shop's name),
 * {@code security} (the realm's address, who is a customer) and {@code tenancy}.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "events", "cart", "orders", "pricing", "settings", "security", "tenancy" })
package dev.rustok.runtime.customers;

import org.springframework.modulith.ApplicationModule;
