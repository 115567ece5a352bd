package dev.rustok.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import dev.rustok.devservices.FreePorts;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.StockChange;
import dev.rustok.runtime.payments.PlayedProvider;
import dev.rustok.runtime.payments.PlayedProvider.Act;
import dev.rustok.runtime.shared.VariantId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.rustok.runtime.GraphQlShopper.fields;
import static dev.rustok.runtime.GraphQlShopper.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL's completion against the HTTP provider adapter and a small local provider
 * (docs/adr/0080): a declined payment is an error with status 402, a provider that fails
 * one with status 503 naming the order, which stays placed and pending, as REST answers
 * them ({@link CheckoutPaymentIT}).
 */
class CheckoutGraphQlPaymentIT extends RuntimeNodeTest {

	static final PlayedProvider PROVIDER = started();

	// another provider setting makes another application context in this JVM: it joins
	// the tests' cluster as a member of its own, with its own management port
	private static final int CLUSTER_PORT = FreePorts.next();

	private static final int MANAGEMENT_PORT = FreePorts.next();

	@Autowired
	Inventory inventory;

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
	void aDeclinedOrUnavailablePaymentIsAnErrorWithTheRestStatusAndTheOrderStaysPending() {
		Shop shop = shop("checkout-graphql-pay");
		this.runtime.put(shop.id(), shop.ownerToken(), "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard\",\"currency\":\"EUR\",\"rateMinor\":490}");
		UUID mug = Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300);
		this.inventory.adjust(PlacedOrders.tenant(shop), new VariantId(mug), StockChange.of(null, 5, "received", null),
				"test");
		GraphQlShopper declined = ready(shop, mug);
		GraphQlShopper unlucky = ready(shop, mug);

		PROVIDER.then(Act.DECLINE);
		Answer refused = declined.graphql(CheckoutGraphQlIT.COMPLETE, Map.of("key", "declined-" + UUID.randomUUID()));
		PROVIDER.then(Act.FAIL);
		Answer down = unlucky.graphql(CheckoutGraphQlIT.COMPLETE, Map.of("key", "down-" + UUID.randomUUID()));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(status(refused)).as(refused.body()).isEqualTo(402);
		assertThat(refused.json().at("/errors/0/extensions/classification").asString()).isEqualTo("PAYMENT_DECLINED");
		assertThat(fields(refused)).containsExactly("payment");
		assertThat(refused.json().at("/data/completeCheckout").isNull()).isTrue();
		assertThat(status(down)).as(down.body()).isEqualTo(503);
		JsonNode extensions = down.json().at("/errors/0/extensions");
		assertThat(extensions.get("classification").asString()).isEqualTo("PAYMENT_UNAVAILABLE");
		assertThat(extensions.get("retryAfter").asInt()).isEqualTo(30);
		assertThat(down.json().at("/errors/0/message").asString()).startsWith("payment provider unavailable");
		assertThat(fields(down)).containsExactly("payment");
		String orderId = extensions.get("orderId").asString();
		JsonNode order = this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/orders/" + orderId).json();
		assertThat(order.get("state").asString()).as("placed, waiting for payment").isEqualTo("pending");
		assertThat(order.get("number").asLong()).isEqualTo(extensions.get("orderNumber").asLong());
	}

	private GraphQlShopper ready(Shop shop, UUID variant) {
		GraphQlShopper shopper = new GraphQlShopper(this.runtime, shop.id());
		shopper.graphql("mutation { createCart { id } }");
		shopper.graphql("mutation($v: ID) { addToCart(variantId: $v, quantity: 1) { units } }", Map.of("v", variant));
		Answer started = shopper.graphql(CheckoutGraphQlIT.START,
				Map.of("email", "ann@shopper.example", "address", CheckoutGraphQlIT.ADDRESS));
		assertThat(started.json().has("errors")).as(started.body()).isFalse();
		Answer shipped = shopper.graphql("mutation { chooseShipping(shippingMethod: \"standard\") { state } }");
		assertThat(shipped.json().has("errors")).as(shipped.body()).isFalse();
		return shopper;
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
