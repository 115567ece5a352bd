/**
 * Which tenant a request belongs to: {@code GatewayTenantFilter} trusts the gateway's
 * tenant header only with a valid signature, looks the tenant route up in Hazelcast
 * (unknown 404, suspended 503) and holds the result in
 * {@link dev.rustok.runtime.tenancy.CurrentTenant} (a request attribute, see there why).
 * {@link dev.rustok.runtime.tenancy.TenantShards} is the application's DataSource,
 * routing every connection of a request to its tenant's shard (ADR 0029);
 * {@link dev.rustok.runtime.tenancy.TenantDsl} gives jOOQ mapped to the tenant's schema.
 * CORS is the gateway's (docs/adr/0052): no preflight reaches a node. Depends on
 * {@code shared}, {@code web.problem}, the generated {@code schema} and the control-plane
 * protocol.
 */
@ApplicationModule(allowedDependencies = { "shared", "web :: problem" })
package dev.rustok.runtime.tenancy;

import org.springframework.modulith.ApplicationModule;
