/**
 * The catalogue: {@link dev.rustok.runtime.catalog.Catalog} is its facade,
 * {@code Products} its port and {@code JooqProducts} the only class that touches
 * generated jOOQ records. Publishes and consumes no events yet. Depends on {@code shared}
 * and {@code tenancy.TenantDsl}.
 */
package dev.rustok.runtime.catalog;
