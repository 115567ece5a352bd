package dev.rustok.controlplane.registry;

/**
 * A tenant about to be registered: it starts as {@link Tenant.Status#PROVISIONING},
 * without the owner's password hash, which is stored once the slug is reserved.
 */
public record NewTenant(String slug, String shopName, String ownerEmail, String plan) {

}
