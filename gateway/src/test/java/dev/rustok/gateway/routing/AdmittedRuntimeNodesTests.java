package dev.rustok.gateway.routing;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class AdmittedRuntimeNodesTests {

	private final List<ServiceInstance> nodes = RuntimePool
		.nodes(List.of(URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8083")), List.of());

	private final RuntimeNodeEjections ejections = new RuntimeNodeEjections();

	@Test
	void leavesOutAnEjectedNodeAtTheVeryNextChoice() {
		AdmittedRuntimeNodes admitted = admittedFrom(this.nodes);

		this.ejections.eject(this.nodes.get(1));

		assertThat(admitted.get().blockFirst()).containsExactly(this.nodes.get(0));
	}

	@Test
	void triesEveryNodeRatherThanNoneWhenNoNodeIsLeft() {
		AdmittedRuntimeNodes admitted = admittedFrom(List.of(this.nodes.get(0)));

		this.ejections.eject(this.nodes.get(0));

		assertThat(admitted.get().blockFirst()).containsExactlyElementsOf(this.nodes);
	}

	private AdmittedRuntimeNodes admittedFrom(List<ServiceInstance> healthy) {
		ServiceInstanceListSupplier checked = new ServiceInstanceListSupplier() {

			@Override
			public String getServiceId() {
				return RuntimePool.SERVICE_ID;
			}

			@Override
			public Flux<List<ServiceInstance>> get() {
				return Flux.just(healthy);
			}

		};
		return new AdmittedRuntimeNodes(checked, this.nodes, this.ejections);
	}

}
