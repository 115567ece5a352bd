package dev.rustok.runtime;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;

import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.RequestIds;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.controlplane.api.TenantSignature.SignedRequest;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayTrustIT extends RuntimeIntegrationTest {

	@Test
	void rejectsARequestThatNamesNoTenant() {
		Answer answer = this.runtime.send(this.runtime.unsigned("/api/store/products").GET());

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	@Test
	void rejectsATenantHeaderWithoutSignature() {
		Shop acme = shop("acme");

		Answer answer = this.runtime
			.send(this.runtime.unsigned("/api/store/products").header(GatewayHeaders.TENANT, acme.id()).GET());

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).doesNotContain("\"items\"");
	}

	@Test
	void rejectsASignatureMadeWithAnotherSecret() {
		Shop acme = shop("acme");
		String forged = new TenantSignature("not-the-gateway-secret-at-all")
			.sign(SignedRequest.of("GET", "/api/store/products", null, acme.id()));

		Answer answer = this.runtime.send(this.runtime.unsigned("/api/store/products")
			.header(GatewayHeaders.TENANT, acme.id())
			.header(GatewayHeaders.TENANT_SIGNATURE, forged)
			.GET());

		assertThat(answer.status()).isEqualTo(401);
	}

	@Test
	void rejectsAnotherTenantsSignatureReused() {
		Shop acme = shop("acme");
		Shop other = shop("other");
		String otherSignature = RuntimeClient.gatewaySignature("GET", URI.create("/"), other.id());

		Answer answer = this.runtime.send(this.runtime.unsigned("/")
			.header(GatewayHeaders.TENANT, acme.id())
			.header(GatewayHeaders.TENANT_SIGNATURE, otherSignature)
			.GET());

		assertThat(answer.status()).isEqualTo(401);
	}

	@Test
	void servesASignedRequestOnceAndRefusesItsReplay() {
		Shop acme = shop("acme");
		String signature = RuntimeClient.gatewaySignature("GET", URI.create("/api/store/products"), acme.id());

		Answer first = this.runtime.send(signedBy(signature, acme, "/api/store/products").GET());
		Answer replayed = this.runtime.send(signedBy(signature, acme, "/api/store/products").GET());

		assertThat(first.status()).isEqualTo(200);
		assertThat(replayed.status()).isEqualTo(401);
		assertThat(replayed.contentType()).startsWith("application/problem+json");
		assertThat(replayed.body()).contains("already served").doesNotContain("\"items\"");
	}

	@Test
	void refusesASignatureMadeForAnotherPathOrMethod() {
		Shop acme = shop("acme");
		String forProducts = RuntimeClient.gatewaySignature("GET", URI.create("/api/store/products"), acme.id());
		String forTheHomePage = RuntimeClient.gatewaySignature("GET", URI.create("/"), acme.id());

		Answer otherPath = this.runtime.send(signedBy(forProducts, acme, "/api/store/products/other-handle").GET());
		Answer otherQuery = this.runtime.send(signedBy(forTheHomePage, acme, "/?q=1").GET());
		Answer otherMethod = this.runtime.send(signedBy(forProducts, acme, "/api/store/products").DELETE());

		assertThat(otherPath.status()).isEqualTo(401);
		assertThat(otherQuery.status()).isEqualTo(401);
		assertThat(otherMethod.status()).isEqualTo(401);
		assertThat(otherPath.body()).contains("not signed by the gateway for this request");
	}

	@Test
	void refusesASignatureOlderThanItsWindow() {
		Shop acme = shop("acme");
		String old = new TenantSignature(RuntimePlatform.GATEWAY_SECRET).sign(
				SignedRequest.of("GET", "/api/store/products", null, acme.id()),
				Instant.now().minus(TenantSignature.WINDOW).minusSeconds(5), "b2xkLW5vbmNl");

		Answer answer = this.runtime.send(signedBy(old, acme, "/api/store/products").GET());

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.body()).contains("expired");
	}

	private HttpRequest.Builder signedBy(String signature, Shop shop, String path) {
		return this.runtime.unsigned(path)
			.header(GatewayHeaders.TENANT, shop.id())
			.header(GatewayHeaders.TENANT_SIGNATURE, signature);
	}

	@Test
	void aRefusalNamesTheRequestIdTheGatewayForwarded() {
		Answer answer = this.runtime
			.send(this.runtime.unsigned("/api/store/products").header(RequestIds.HEADER, "gateway-req-1").GET());

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header(RequestIds.HEADER)).isEqualTo("gateway-req-1");
		assertThat(answer.json().get(RequestIds.KEY).asString()).isEqualTo("gateway-req-1");
	}

	@Test
	void aProblemFromAHandlerNamesTheRequestIdEvenWhenNoneWasSent() {
		Shop acme = shop("acme");

		Answer answer = this.runtime.get(acme.id(), "/api/store/products/not-a-product-id");

		assertThat(answer.status()).isBetween(400, 404);
		assertThat(answer.json().get(RequestIds.KEY).asString()).isEqualTo(answer.header(RequestIds.HEADER))
			.matches("[0-9a-f-]{36}");
	}

	@Test
	void answersNotFoundForATenantThatWasNeverProvisioned() {
		Answer answer = this.runtime.get("no-such-shop", "/api/store/products");

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
