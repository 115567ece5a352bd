package dev.rustok.controlplane.registry;

import dev.rustok.provisioning.OwnerPassword;

/** A tenant about to be registered: it starts as {@link Tenant.Status#PROVISIONING}. */
public record NewTenant(String slug, String shopName, String ownerEmail, OwnerPassword ownerPassword, String plan) {

}
