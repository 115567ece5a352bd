package dev.rustok.gateway.routing;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway checks that a runtime node may take traffic; how often is Spring Cloud
 * LoadBalancer's {@code spring.cloud.loadbalancer.health-check.interval}.
 *
 * @param runtimeHealthUrls one health URL per entry of
 * {@code rustok.gateway.runtime-urls}, in the same order (the node's management port, for
 * example {@code http://127.0.0.1:9082/actuator/health}); when none are given, a node is
 * healthy while it accepts TCP connections on its traffic port
 */
@ConfigurationProperties("rustok.gateway")
public record RuntimePoolProperties(@DefaultValue List<URI> runtimeHealthUrls) {

	public RuntimePoolProperties {
		runtimeHealthUrls = List.copyOf(runtimeHealthUrls);
	}

}
