/**
 * The storefront's read side, public and read-only: the product list with filters and
 * keyset pages ({@code StoreApiController}, {@code /api/store/**}), the server-rendered
 * pages ({@code StorefrontPages}) and the GraphQL queries ({@code StorefrontGraphQl}).
 * {@link dev.rustok.runtime.storefront.StoreCatalog} is the read model's port;
 * {@code JooqProductIndex} reads only the indexer's denormalized read tables (V9,
 * docs/adr/0064), which {@code catalogindex} keeps in step with the catalogue's events,
 * so the storefront is eventually consistent with the admin; {@code StoreSearch} is the
 * full-text search over the same tables (docs/adr/0065), counted over a window of 1,000
 * matches, title matches first (docs/adr/0089, 0123). Publishes no events; consumes the
 * catalogue's and stock's (its cache, docs/adr/0067) and
 * {@code settings.ShopCurrenciesChanged} (docs/adr/0108).
 */
@ApplicationModule(allowedDependencies = { "shared", "settings", "tenancy", "events" })
package dev.rustok.runtime.storefront;

import org.springframework.modulith.ApplicationModule;
