package dev.rustok.runtime;

import java.util.UUID;

import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route rewritten in the cluster by anything that reached it (the probe joined
 * the cluster and pointed shop A's route at shop B's realm): the realm and the schema
 * that act for a shop follow from the tenant id the gateway signed, not from the route.
 */
class TamperedRouteIT extends RuntimeIntegrationTest {

	private Shop tampered;

	@AfterEach
	void restoreTheRoute() {
		if (this.tampered != null) {
			TenantRouteMaps.byTenantId(this.hazelcast).set(this.tampered.id(), this.tampered.route());
		}
	}

	@Test
	void refusesAnotherShopsOwnerWhenTheRouteNamesTheirRealm() {
		Shop acme = shop("acme");
		Shop other = shop("other");
		String sku = "TAMPER-" + UUID.randomUUID().toString().substring(0, 8);
		pointRouteAt(acme, other);

		Answer foreign = this.runtime.createProduct(acme.id(), other.ownerToken(),
				RuntimeClient.productJson(sku, "Planted", 100, "EUR"));

		assertThat(foreign.status()).isEqualTo(401);
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
		assertThat(other.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void listsTheShopsOwnProductsWhenTheRouteNamesAnotherSchema() {
		Shop acme = shop("acme");
		// other's schema stays as it is: other tests rely on it having no products
		Shop other = shop("other");
		String acmeSku = "OWN-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.runtime
			.createProduct(acme.id(), acme.ownerToken(), RuntimeClient.productJson(acmeSku, "Acme's", 100, "EUR"))
			.status()).isEqualTo(201);
		pointRouteAt(acme, other);

		Answer listed = this.runtime.get(acme.id(), acme.ownerToken(), "/api/admin/products?limit=100");

		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().get("items").findValuesAsString("title")).contains("Acme's");
	}

	/** What the probe did: shop A's route, served, with shop B's realm and schema. */
	private void pointRouteAt(Shop shop, Shop other) {
		TenantRoute route = shop.route();
		this.tampered = shop;
		TenantRouteMaps.byTenantId(this.hazelcast)
			.set(shop.id(), new TenantRoute(route.host(), route.tenantId(), route.status(), other.route().realm(),
					route.plan(), other.route().schema()));
	}

}
