/**
 * The storefront's read side, public and read-only: the product list with filters and
 * keyset pages ({@code StoreApiController}, {@code /api/store/**}), the server-rendered
 * pages ({@code StorefrontPages}) and the GraphQL queries ({@code StorefrontGraphQl}).
 * {@link dev.rustok.runtime.storefront.StoreCatalog} is the read model's port;
 * {@code JooqStoreCatalog} reads the catalogue's tables with its own queries, so issue 13
 * can swap it for denormalized read tables (docs/adr/0028, 0037). Publishes and consumes
 * no events.
 */
@ApplicationModule(allowedDependencies = { "shared", "settings", "tenancy", "events" })
package dev.rustok.runtime.storefront;

import org.springframework.modulith.ApplicationModule;
