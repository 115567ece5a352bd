package dev.rustok.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;

import dev.rustok.devservices.FreePorts;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.StockChange;
import dev.rustok.runtime.payments.PlayedProvider;
import dev.rustok.runtime.payments.PlayedProvider.Act;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout paying through the HTTP provider adapter against a small local provider that
 * answers, then fails: a paid order's stock is sold; once the breaker is open checkout
 * answers 503 "payment provider unavailable" without calling the provider, the order
 * stays pending, and the same key later pays it without a second charge.
 */
class CheckoutPaymentIT extends RuntimeNodeTest {

	static final PlayedProvider PROVIDER = started();

	@Autowired
	Inventory inventory;

	// another provider setting makes another application context in this JVM: it joins
	// the tests' cluster as a member of its own, with its own management port
	private static final int CLUSTER_PORT = FreePorts.next();

	private static final int MANAGEMENT_PORT = FreePorts.next();

	@DynamicPropertySource
	static void node(DynamicPropertyRegistry registry) {
		RuntimePlatform.anotherNode(registry, CLUSTER_PORT, MANAGEMENT_PORT);
		registry.add("rustok.checkout.payment-provider", () -> "http");
		registry.add("rustok.payments.http.base-url", () -> PROVIDER.baseUrl().toString());
		registry.add("rustok.payments.http.api-key", () -> PlayedProvider.API_KEY);
		registry.add("rustok.payments.http.attempts", () -> "1");
		registry.add("rustok.payments.http.breaker-window", () -> "2");
		registry.add("rustok.payments.http.breaker-open-for", () -> "5s");
	}

	@Test
	void paysThroughTheProviderAndAnswers503AtOnceWhileItIsDownLeavingTheOrderPending() {
		Shop shop = shop("checkout-pay");
		String schema = shop.route().schema();
		this.runtime.put(shop.id(), shop.ownerToken(), "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard\",\"currency\":\"EUR\",\"rateMinor\":490}");
		UUID mug = Merchandise.aVariant(schema, "Mug", 1_250, 300);
		Tenant tenant = new Tenant(new TenantId(shop.id()), schema, shop.route().realm(), shop.route().shard());
		this.inventory.adjust(tenant, new VariantId(mug), StockChange.of(null, 5, "received", null), "test");

		Answer paid = ready(shop, mug).complete("paid-" + UUID.randomUUID());
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		assertThat(paid.json().get("paymentState").asString()).isEqualTo("paid");
		assertThat(orderState(shop, paid)).isEqualTo("paid");
		assertThat(Variants.stored(schema, mug)).as("paid: the unit is sold").containsExactly(4, 0);

		// both ready before the provider fails: only completions run while the breaker is
		// open (it half-opens after breaker-open-for)
		Shopper unlucky = ready(shop, mug);
		Shopper next = ready(shop, mug);
		PROVIDER.then(Act.FAIL);
		String key = "down-" + UUID.randomUUID();
		Answer failed = unlucky.complete(key);
		int requestsWhenOpen = PROVIDER.requests().size();
		Answer atOnce = next.complete("open-" + UUID.randomUUID());
		Answer replayedWhileOpen = unlucky.complete(key);

		assertThat(failed.status()).as(failed.body()).isEqualTo(503);
		assertThat(failed.contentType()).startsWith("application/problem+json");
		assertThat(failed.json().get("detail").asString()).startsWith("payment provider unavailable");
		assertThat(orderState(shop, failed)).isEqualTo("pending");
		assertThat(atOnce.status()).isEqualTo(503);
		assertThat(atOnce.json().get("detail").asString()).contains("failed recently");
		assertThat(replayedWhileOpen.status()).isEqualTo(503);
		assertThat(replayedWhileOpen.json().get("orderNumber").asLong())
			.isEqualTo(failed.json().get("orderNumber").asLong());
		assertThat(PROVIDER.requests()).as("an open breaker does not call").hasSize(requestsWhenOpen);
		assertThat(Variants.stored(schema, mug)).as("pending orders keep their stock").containsExactly(4, 2);
		// the next shopper's order too: both pending

		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(unlucky.complete(key).status()).isEqualTo(200));
		assertThat(orderState(shop, failed)).as("paid later with the same key").isEqualTo("paid");
		assertThat(PROVIDER.charges()).filteredOn((charge) -> charge.contains(failed.json().get("orderId").asString()))
			.as("authorized and captured once each")
			.extracting((charge) -> charge.substring(charge.lastIndexOf(':') + 1))
			.containsExactlyInAnyOrder("authorize", "capture");
	}

	private Shopper ready(Shop shop, UUID variant) {
		Shopper shopper = new Shopper(this.runtime, shop.id());
		shopper.post("/api/store/cart", "{}");
		shopper.post("/api/store/cart/lines", CheckoutApiIT.line(variant, 1));
		assertThat(shopper.post("/api/store/checkout", CheckoutApiIT.ADDRESS).status()).isEqualTo(201);
		assertThat(shopper.put("/api/store/checkout/shipping", "{\"method\":\"standard\"}").status()).isEqualTo(200);
		return shopper;
	}

	private String orderState(Shop shop, Answer completion) {
		return this.runtime
			.get(shop.id(), shop.ownerToken(), "/api/admin/orders/" + completion.json().get("orderId").asString())
			.json()
			.get("state")
			.asString();
	}

	private static PlayedProvider started() {
		try {
			return new PlayedProvider();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
