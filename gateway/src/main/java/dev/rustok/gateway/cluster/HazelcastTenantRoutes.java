package dev.rustok.gateway.cluster;

import java.util.concurrent.CompletableFuture;

import com.hazelcast.map.IMap;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.gateway.routing.TenantRoutes;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Tenant routes read from the Hazelcast map keyed by host, through the member's near
 * cache.
 */
class HazelcastTenantRoutes implements TenantRoutes {

	private final IMap<String, TenantRoute> byHost;

	HazelcastTenantRoutes(IMap<String, TenantRoute> byHost) {
		this.byHost = byHost;
	}

	@Override
	public Mono<TenantRoute> findByHost(String host) {
		CompletableFuture<TenantRoute> lookup = this.byHost.getAsync(host).toCompletableFuture();
		if (lookup.isDone()) {
			// a near cache hit: answer on the caller's event loop thread
			return Mono.justOrEmpty(lookup.join());
		}
		// a miss completes on a Hazelcast thread: do not run the request there
		return Mono.fromFuture(lookup).publishOn(Schedulers.parallel());
	}

}
