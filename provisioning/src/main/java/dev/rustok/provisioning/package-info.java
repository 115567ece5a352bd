/**
 * Provisioning: turns a {@link dev.rustok.provisioning.TenantOrder} into a live tenant,
 * and abandons one that will not be completed.
 *
 * <p>
 * {@link dev.rustok.provisioning.TenantProvisioning} is the facade; the schema and route
 * adapters behind it are package-private. Identity goes through the port
 * {@link dev.rustok.provisioning.TenantRealms} (adapter
 * {@link dev.rustok.provisioning.KeycloakTenantRealms}, ADR 0017), which the console and
 * tests use too. Every step is idempotent, so resuming after a crash is running the
 * facade again. Depends on control-plane-api (routes), tenant-schema (migrations) and
 * billing (plan codes); publishes no events (the caller records progress).
 */
package dev.rustok.provisioning;
