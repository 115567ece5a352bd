package dev.rustok.gateway.routing;

import java.util.List;

import reactor.core.publisher.Flux;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

/**
 * The nodes the load balancer may choose from: those whose last health check passed,
 * minus those ejected since. Read on every choice, so an ejection counts for the very
 * next request, including the retry of the request that caused it.
 */
class AdmittedRuntimeNodes extends DelegatingServiceInstanceListSupplier {

	private final List<ServiceInstance> everyNode;

	private final RuntimeNodeEjections ejections;

	AdmittedRuntimeNodes(ServiceInstanceListSupplier healthy, List<ServiceInstance> everyNode,
			RuntimeNodeEjections ejections) {
		super(healthy);
		this.everyNode = everyNode;
		this.ejections = ejections;
	}

	@Override
	public Flux<List<ServiceInstance>> get() {
		return getDelegate().get().map(this::admitted);
	}

	private List<ServiceInstance> admitted(List<ServiceInstance> healthy) {
		List<ServiceInstance> admitted = healthy.stream().filter((node) -> !this.ejections.isEjected(node)).toList();
		// with no node left (every check failing, or every node just refused), trying
		// them
		// all beats refusing everything: a dead node costs one refused connect and a
		// retry
		return admitted.isEmpty() ? this.everyNode : admitted;
	}

}
