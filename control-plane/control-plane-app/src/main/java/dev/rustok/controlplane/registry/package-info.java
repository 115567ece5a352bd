/**
 * The tenant registry (table {@code control.tenant}, migrations in {@code db/control}):
 * every tenant's identity, plan, status and provisioning progress. Other packages use
 * {@link dev.rustok.controlplane.registry.TenantRegistry}; no events yet.
 */
package dev.rustok.controlplane.registry;
