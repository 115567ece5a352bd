/**
 * The gateway's embedded Hazelcast member and the tenant routes it reads through a near
 * cache. Implements {@code routing.TenantRoutes}; nothing else depends on Hazelcast.
 */
package dev.rustok.gateway.cluster;
