package dev.rustok.runtime.tenancy;

import java.util.Optional;

import dev.rustok.controlplane.api.TenantRoute;

/** The routes provisioning published, looked up by tenant id. */
interface TenantRoutes {

	Optional<TenantRoute> find(String tenantId);

}
