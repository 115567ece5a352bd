package dev.rustok.gateway.routing;

import java.time.Duration;
import java.util.function.BiFunction;

import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.tcp.TcpClient;

import org.springframework.cloud.client.ServiceInstance;

/**
 * The health check of one runtime node, run by Spring Cloud LoadBalancer's
 * {@code HealthCheckServiceInstanceListSupplier} on its interval: the node's own health
 * URL (its management port) must answer 200; a node without one must accept a TCP
 * connection. A passed check readmits a node that was ejected before the check began.
 */
class RuntimeNodeProbe implements BiFunction<ServiceInstance, String, Mono<Boolean>> {

	private static final int CONNECT_TIMEOUT_MILLIS = 1000;

	private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(2);

	// a fresh connection per check: a pooled one would not prove the node still accepts
	private final HttpClient http = HttpClient.newConnection()
		.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
		.responseTimeout(RESPONSE_TIMEOUT);

	private final TcpClient tcp = TcpClient.newConnection()
		.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS);

	private final RuntimeNodeEjections ejections;

	RuntimeNodeProbe(RuntimeNodeEjections ejections) {
		this.ejections = ejections;
	}

	@Override
	public Mono<Boolean> apply(ServiceInstance node, String ignoredDefaultPath) {
		long startedAt = System.nanoTime();
		String healthUrl = node.getMetadata().get(RuntimePool.HEALTH_URL);
		Mono<Boolean> alive = (healthUrl != null) ? answersUp(healthUrl) : acceptsConnections(node);
		return alive.doOnNext((up) -> {
			if (up) {
				this.ejections.readmit(node, startedAt);
			}
		});
	}

	private Mono<Boolean> answersUp(String healthUrl) {
		return this.http.get()
			.uri(healthUrl)
			.responseSingle((response, body) -> body.then(Mono.just(response.status().code() == 200)))
			.defaultIfEmpty(false);
	}

	private Mono<Boolean> acceptsConnections(ServiceInstance node) {
		return this.tcp.host(node.getHost()).port(node.getPort()).connect().map((connection) -> {
			connection.dispose();
			return true;
		});
	}

}
