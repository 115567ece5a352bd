package dev.rustok.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.HealthCheckServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.cloud.loadbalancer.support.ServiceInstanceListSuppliers;
import org.springframework.context.annotation.Bean;

/**
 * The tenant runtime nodes as Spring Cloud LoadBalancer instances of
 * {@value #SERVICE_ID}: the configured nodes, kept to those whose health check passes
 * ({@link HealthCheckServiceInstanceListSupplier}), minus those that just refused a
 * connection ({@link RuntimeNodeEjections}). Not a {@code @Configuration}: it belongs to
 * the load balancer's child context for this service only. See ADR 0013.
 */
class RuntimePool {

	static final String SERVICE_ID = "tenant-runtime";

	/** Instance metadata naming the node's health URL, when one is configured. */
	static final String HEALTH_URL = "health-url";

	@Bean
	RuntimeNodeEjections runtimeNodeEjections() {
		return new RuntimeNodeEjections();
	}

	@Bean
	ServiceInstanceListSupplier runtimeInstances(GatewayProperties gateway, RuntimePoolProperties pool,
			LoadBalancerClientFactory loadBalancers, RuntimeNodeEjections ejections) {
		List<ServiceInstance> nodes = nodes(gateway.runtimeUrls(), pool.runtimeHealthUrls());
		ServiceInstanceListSupplier configured = ServiceInstanceListSuppliers.from(SERVICE_ID,
				nodes.toArray(ServiceInstance[]::new));
		ServiceInstanceListSupplier healthy = new HealthCheckServiceInstanceListSupplier(configured, loadBalancers,
				new RuntimeNodeProbe(ejections));
		return new AdmittedRuntimeNodes(healthy, nodes, ejections);
	}

	static List<ServiceInstance> nodes(List<URI> urls, List<URI> healthUrls) {
		if (!healthUrls.isEmpty() && healthUrls.size() != urls.size()) {
			throw new IllegalArgumentException("rustok.gateway.runtime-health-urls names " + healthUrls.size()
					+ " URLs for " + urls.size() + " runtime-urls: give one per node, in the same order, or none");
		}
		List<ServiceInstance> nodes = new ArrayList<>();
		for (int i = 0; i < urls.size(); i++) {
			nodes.add(node(urls.get(i), healthUrls.isEmpty() ? null : healthUrls.get(i)));
		}
		return List.copyOf(nodes);
	}

	private static ServiceInstance node(URI url, URI healthUrl) {
		boolean secure = "https".equals(url.getScheme());
		int port = (url.getPort() != -1) ? url.getPort() : (secure ? 443 : 80);
		Map<String, String> metadata = (healthUrl != null) ? Map.of(HEALTH_URL, healthUrl.toString()) : Map.of();
		return new DefaultServiceInstance(url.getHost() + ":" + port, SERVICE_ID, url.getHost(), port, secure,
				metadata);
	}

}
