package dev.rustok.runtime;

import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayTrustIT extends RuntimeIntegrationTest {

	@Test
	void rejectsARequestThatNamesNoTenant() {
		Answer answer = this.runtime.send(this.runtime.unsigned("/api/products").GET());

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	@Test
	void rejectsATenantHeaderWithoutSignature() {
		Shop acme = shop("acme");

		Answer answer = this.runtime
			.send(this.runtime.unsigned("/api/products").header(GatewayHeaders.TENANT, acme.id()).GET());

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).doesNotContain("\"items\"");
	}

	@Test
	void rejectsASignatureMadeWithAnotherSecret() {
		Shop acme = shop("acme");
		String forged = new TenantSignature("not-the-gateway-secret-at-all").sign(acme.id());

		Answer answer = this.runtime.send(this.runtime.unsigned("/api/products")
			.header(GatewayHeaders.TENANT, acme.id())
			.header(GatewayHeaders.TENANT_SIGNATURE, forged)
			.GET());

		assertThat(answer.status()).isEqualTo(401);
	}

	@Test
	void rejectsAnotherTenantsSignatureReused() {
		Shop acme = shop("acme");
		Shop other = shop("other");
		String otherSignature = new TenantSignature(RuntimePlatform.GATEWAY_SECRET).sign(other.id());

		Answer answer = this.runtime.send(this.runtime.unsigned("/")
			.header(GatewayHeaders.TENANT, acme.id())
			.header(GatewayHeaders.TENANT_SIGNATURE, otherSignature)
			.GET());

		assertThat(answer.status()).isEqualTo(401);
	}

	@Test
	void answersNotFoundForATenantThatWasNeverProvisioned() {
		Answer answer = this.runtime.get("no-such-shop", "/api/products");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	@Test
	void answersUnavailableForASuspendedTenant() {
		TenantRouteMaps.byTenantId(this.hazelcast)
			.set("closed-shop", new TenantRoute("closed-shop.localhost", "closed-shop", TenantStatus.SUSPENDED,
					"tenant-closed-shop", "trial", "t_closed_shop"));

		Answer answer = this.runtime.get("closed-shop", "/");

		assertThat(answer.status()).isEqualTo(503);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asString()).contains("suspended");
	}

}
