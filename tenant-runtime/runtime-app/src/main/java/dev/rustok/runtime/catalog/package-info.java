/**
 * The catalogue's write side (docs/adr/0028): products with options, variants, prices,
 * images and tags, collections and the category tree.
 * {@link dev.rustok.runtime.catalog.Catalog} is the facade (one transaction per call);
 * {@code Products} is its port and the {@code Jooq*} classes the only ones touching
 * generated jOOQ records. The admin API is REST ({@code *Controller}) and GraphQL
 * ({@code CatalogGraphQl}, docs/adr/0047) over the same facade. A create counts against
 * the plan's products allowed ({@code ProductQuota}, docs/adr/0049). Publishes
 * {@code events.CatalogEvent} inside the writing transaction; consumes none. Depends on
 * {@code shared}, {@code events}, {@code settings} (the shop's currencies),
 * {@code tenancy.TenantDsl} and {@code tenancy.ShopPlans}, and on billing's plan
 * catalogue.
 */
@ApplicationModule(allowedDependencies = { "shared", "events", "settings", "tenancy" })
package dev.rustok.runtime.catalog;

import org.springframework.modulith.ApplicationModule;
