/**
 * Provisioning: turns a {@link dev.rustok.provisioning.TenantOrder} into a live tenant.
 *
 * <p>
 * {@link dev.rustok.provisioning.TenantProvisioning} is the facade; the schema, Keycloak
 * and route adapters behind it are package-private. Every step is idempotent, so resuming
 * after a crash is running the facade again. Depends on control-plane-api (routes),
 * tenant-schema (migrations) and billing (plan codes); publishes no events (the caller
 * records progress).
 */
package dev.rustok.provisioning;
