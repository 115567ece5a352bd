/**
 * The tenant schema: Flyway migrations under {@code db/tenant} and the jOOQ code
 * generated from them at build time (DDLDatabase, never committed). Used by provisioning
 * (migrations) and the tenant runtime (typed SQL, mapped to {@code t_<slug>} at run
 * time). No Spring.
 */
package dev.rustok.runtime.schema;
