package dev.rustok.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.provisioning.OwnerPassword;
import dev.rustok.provisioning.ProvisioningSettings;
import dev.rustok.provisioning.TenantOrder;
import dev.rustok.provisioning.TenantProvisioning;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.webhooks.WebhookReceiver;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shop abandoned (its schema dropped by provisioning) leaves no row in its shard's
 * {@code rustok_webhooks.webhook_due}: the delivery worker's sweep drops the rows of
 * shops whose schema is gone, and only those (docs/adr/0098).
 */
class WebhookDueOfAbandonedShopsIT extends RuntimeIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Test
	void anAbandonedShopsDueRowGoesAndALiveShopsStays() {
		Shop abandoned = shop("hooks-abandoned");
		Shop live = shop("hooks-live");
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(503)) {
			for (Shop shop : List.of(abandoned, live)) {
				subscribe(shop, receiver.url("/" + shop.id()));
				Answer created = this.runtime.createProduct(shop.id(), shop.ownerToken(),
						RuntimeClient.productJson("DUE-" + UUID.randomUUID(), "Due tee", 1500, "EUR"));
				assertThat(created.status()).as(created.body()).isEqualTo(201);
			}
			await().atMost(PATIENCE).until(() -> hasDueRow(abandoned) && hasDueRow(live));

			abandon(abandoned);

			await().atMost(PATIENCE).until(() -> !hasDueRow(abandoned));
			assertThat(hasDueRow(live)).as("a live shop's row stays").isTrue();
		}
	}

	private void subscribe(Shop shop, String url) {
		Answer registered = this.runtime.post(shop.id(), shop.ownerToken(), "/api/admin/webhooks",
				RuntimeClient.json(Map.of("url", url, "eventTypes", List.of("catalog.ProductCreated"))));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
	}

	private void abandon(Shop shop) {
		TenantProvisioning provisioning = new TenantProvisioning(RuntimePlatform.DATABASE.dataSource(), this.hazelcast,
				new ProvisioningSettings(RuntimePlatform.KEYCLOAK.baseUrl(), RuntimePlatform.KEYCLOAK.adminUsername(),
						RuntimePlatform.KEYCLOAK.adminPassword(), "localhost"));
		provisioning.abandon(new TenantOrder(shop.id(), "Shop " + shop.id(), shop.ownerEmail(),
				OwnerPassword.hash(RuntimePlatform.OWNER_PASSWORD.toCharArray()), "enterprise"));
	}

	private static boolean hasDueRow(Shop shop) {
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql("select count(*) from rustok_webhooks.webhook_due where tenant_id = ?")
			.param(shop.id())
			.query(Long.class)
			.single() > 0;
	}

}
