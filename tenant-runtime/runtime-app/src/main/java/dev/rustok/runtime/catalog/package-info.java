/**
 * The catalogue: {@link dev.rustok.runtime.catalog.Catalog} is its facade (one
 * transaction per call), {@code Products} its port and {@code JooqProducts} the only
 * class that touches generated jOOQ records. Publishes and consumes no events yet.
 * Depends on {@code shared}, {@code tenancy.TenantDsl} and the generated {@code schema}.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
package dev.rustok.runtime.catalog;

import org.springframework.modulith.ApplicationModule;
