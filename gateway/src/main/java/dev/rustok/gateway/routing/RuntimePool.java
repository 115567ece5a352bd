package dev.rustok.gateway.routing;

import java.net.URI;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.ServiceInstanceListSuppliers;
import org.springframework.context.annotation.Bean;

/**
 * The tenant runtime nodes as Spring Cloud LoadBalancer instances of
 * {@value #SERVICE_ID}, from {@code rustok.gateway.runtime-urls}. Not a
 * {@code @Configuration}: it belongs to the load balancer's child context for this
 * service only.
 */
class RuntimePool {

	static final String SERVICE_ID = "tenant-runtime";

	@Bean
	ServiceInstanceListSupplier runtimeInstances(GatewayProperties properties) {
		ServiceInstance[] instances = properties.runtimeUrls()
			.stream()
			.map(RuntimePool::instance)
			.toArray(ServiceInstance[]::new);
		return ServiceInstanceListSuppliers.from(SERVICE_ID, instances);
	}

	private static ServiceInstance instance(URI url) {
		boolean secure = "https".equals(url.getScheme());
		int port = (url.getPort() != -1) ? url.getPort() : (secure ? 443 : 80);
		return new DefaultServiceInstance(url.getHost() + ":" + port, SERVICE_ID, url.getHost(), port, secure);
	}

}
