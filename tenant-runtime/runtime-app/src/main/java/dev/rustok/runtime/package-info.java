/**
 * The tenant runtime. Feature packages: {@code tenancy} (which tenant a request belongs
 * to), {@code security} (tokens of the tenant's own realm only), {@code catalog}
 * (products), {@code storefront} (server-rendered pages), {@code shared} (value records
 * and the exception hierarchy) and {@code web.problem} (the one place exceptions become
 * problem+json).
 */
package dev.rustok.runtime;
