package dev.rustok.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.CompletionContext;
import org.springframework.cloud.client.loadbalancer.CompletionContext.Status;
import org.springframework.cloud.client.loadbalancer.DefaultRequest;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.cloud.client.loadbalancer.ResponseData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RuntimeNodeEjectionsTests {

	private final List<ServiceInstance> nodes = RuntimePool.nodes(
			List.of(URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8083")),
			List.of(URI.create("http://127.0.0.1:9082/actuator/health"),
					URI.create("http://127.0.0.1:9083/actuator/health")));

	private final RuntimeNodeEjections ejections = new RuntimeNodeEjections();

	@Test
	void ejectsANodeThatRefusedAConnection() {
		this.ejections.onComplete(failed(this.nodes.get(1), new ConnectException("Connection refused")));

		assertThat(this.ejections.isEjected(this.nodes.get(1))).isTrue();
		assertThat(this.ejections.isEjected(this.nodes.get(0))).isFalse();
	}

	@Test
	void keepsANodeThatFailedAfterTheRequestReachedIt() {
		this.ejections.onComplete(failed(this.nodes.get(1), new IOException("Connection reset by peer")));

		assertThat(this.ejections.isEjected(this.nodes.get(1))).isFalse();
	}

	@Test
	void readmitsANodeOnlyForAHealthCheckThatStartedAfterItsEjection() {
		long checkBeforeEjection = System.nanoTime();
		this.ejections.eject(this.nodes.get(0));

		this.ejections.readmit(this.nodes.get(0), checkBeforeEjection);
		assertThat(this.ejections.isEjected(this.nodes.get(0))).isTrue();

		this.ejections.readmit(this.nodes.get(0), System.nanoTime());
		assertThat(this.ejections.isEjected(this.nodes.get(0))).isFalse();
	}

	@Test
	void namesEachNodesHealthUrlInItsMetadata() {
		assertThat(this.nodes).extracting((node) -> node.getMetadata().get(RuntimePool.HEALTH_URL))
			.containsExactly("http://127.0.0.1:9082/actuator/health", "http://127.0.0.1:9083/actuator/health");
	}

	@Test
	void refusesHealthUrlsThatDoNotPairWithTheNodes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RuntimePool.nodes(List.of(URI.create("http://127.0.0.1:8082")),
					List.of(URI.create("http://127.0.0.1:9082/a"), URI.create("http://127.0.0.1:9083/a"))))
			.withMessageContaining("runtime-health-urls");
	}

	private static CompletionContext<ResponseData, ServiceInstance, RequestDataContext> failed(ServiceInstance node,
			Throwable failure) {
		return new CompletionContext<>(Status.FAILED, failure, new DefaultRequest<>(new RequestDataContext()),
				new DefaultResponse(node));
	}

}
