package dev.rustok.runtime;

import java.net.InetAddress;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManagementPortIT extends RuntimeIntegrationTest {

	@Test
	void theAppPortHasNoActuatorEvenForAProbeWithoutGatewayHeaders() {
		Answer health = this.runtime.send(this.runtime.unsigned("/actuator/health").GET());

		assertThat(health.status()).isEqualTo(404);
		assertThat(health.contentType()).startsWith("application/problem+json");
		assertThat(health.body()).doesNotContain("UP");
	}

	@Test
	void theAppPortHasNoActuatorForATenantsRequestEither() {
		Shop acme = shop("acme");

		Answer health = this.runtime.get(acme.id(), "/actuator/health");

		assertThat(health.status()).isEqualTo(404);
		assertThat(health.contentType()).startsWith("application/problem+json");
	}

	@Test
	void theManagementPortAnswersHealth() {
		Answer health = management().send(management().unsigned("/actuator/health").GET());

		assertThat(this.managementPort).isNotEqualTo(this.port);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void bothPortsListenOnLoopbackOnly() throws Exception {
		assertThat(this.webServers.port("management")).isEqualTo(this.managementPort);
		assertThat(this.webServers.boundAddress("management")).isEqualTo(InetAddress.getByName("127.0.0.1"));
		assertThat(this.webServers.port("server")).isEqualTo(this.port);
		assertThat(this.webServers.boundAddress("server")).isEqualTo(InetAddress.getByName("127.0.0.1"));
	}

}
