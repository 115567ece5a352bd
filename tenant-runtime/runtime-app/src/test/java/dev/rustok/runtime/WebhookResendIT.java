package dev.rustok.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.events.CatalogEvent.ProductCreated;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.webhooks.WebhookReceiver;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.rustok.runtime.OutboxRows.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a merchant and an operator do with deliveries beyond the worker's own retries
 * (docs/adr/0087, 0088): resend one from the admin API, see every attempt counted in
 * metrics tagged by outcome and plan (never by shop), and trust that a burst of events
 * never calls one endpoint more than {@code endpoint-concurrency} times at once.
 */
class WebhookResendIT extends RuntimeIntegrationTest {

	private static final String PATH = "/api/admin/webhooks";

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aDeliveredDeliveryIsSentAgainWithTheSameIdWhenTheMerchantResendsIt() {
		Shop acme = shop("hooks-resend");
		// plain HTTP: on two cores busy with other builds a TLS handshake can outlast the
		// tests' 1 s time-out, and four of those disable the endpoint before the resend
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(200)) {
			String endpoint = register(acme, receiver.url("/resend"));
			createProduct(acme, "Resent tee");
			JsonNode delivered = awaitDelivery(acme, endpoint, 1);
			String delivery = delivered.get("id").asString();
			double deliveredBefore = attempts("delivered");

			Answer resent = this.runtime.post(acme.id(), acme.ownerToken(),
					PATH + "/" + endpoint + "/deliveries/" + delivery + "/resend", "");

			assertThat(resent.status()).as(resent.body()).isEqualTo(202);
			assertThat(resent.json().get("status").asString()).isEqualTo("pending");
			await().atMost(PATIENCE).until(() -> receiver.received().size() == 2);
			assertThat(receiver.received().get(1).header("webhook-id"))
				.isEqualTo(receiver.received().get(0).header("webhook-id"));
			assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
			JsonNode again = awaitDelivery(acme, endpoint, 2);
			assertThat(again.get("id").asString()).isEqualTo(delivery);
			JsonNode detail = this.runtime
				.get(acme.id(), acme.ownerToken(), PATH + "/" + endpoint + "/deliveries/" + delivery)
				.json();
			assertThat(detail.get("attempts").valueStream().map((attempt) -> attempt.get("statusCode").asInt()))
				.containsExactly(200, 200);
			assertThat(attempts("delivered")).isGreaterThanOrEqualTo(deliveredBefore + 1);
		}
	}

	@Test
	void anotherShopCannotResendADeliveryAndBadIdsAreRefused() {
		Shop acme = shop("hooks-resend-acme");
		Shop globex = shop("hooks-resend-other");
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(200)) {
			String endpoint = register(acme, receiver.url("/mine"));
			createProduct(acme, "Mine");
			String delivery = awaitDelivery(acme, endpoint, 1).get("id").asString();
			String resend = PATH + "/" + endpoint + "/deliveries/" + delivery + "/resend";

			Answer fromGlobex = this.runtime.post(globex.id(), globex.ownerToken(), resend, "");
			Answer unknown = this.runtime.post(acme.id(), acme.ownerToken(),
					PATH + "/" + endpoint + "/deliveries/" + UUID.randomUUID() + "/resend", "");
			Answer notAnId = this.runtime.post(acme.id(), acme.ownerToken(),
					PATH + "/" + endpoint + "/deliveries/nonsense/resend", "");

			assertThat(fromGlobex.status()).isEqualTo(404);
			assertThat(unknown.status()).isEqualTo(404);
			assertThat(notAnId.status()).isEqualTo(400);
			assertThat(List.of(fromGlobex, unknown, notAnId))
				.allSatisfy((answer) -> assertThat(answer.contentType()).startsWith("application/problem+json"));
			JsonNode unchanged = deliveries(acme, endpoint).getFirst();
			assertThat(unchanged.get("status").asString()).isEqualTo("delivered");
			assertThat(unchanged.get("attempts").asInt()).isOne();
			assertThat(receiver.received()).hasSize(1);
		}
	}

	@Test
	void deliveryMetricsAreTaggedByOutcomeAndPlanNeverByShop() {
		Shop acme = shop("hooks-metrics");
		try (WebhookReceiver receiver = WebhookReceiver.https().answering(500)) {
			register(acme, receiver.url("/metrics"));
			double failedBefore = attempts("failed");

			createProduct(acme, "Measured tee");

			await().atMost(PATIENCE).until(() -> attempts("failed") >= failedBefore + 1);
			List<Meter> measured = this.meters.find("rustok.webhooks.deliveries").meters().stream().toList();
			assertThat(measured).allSatisfy((meter) -> {
				assertThat(meter.getId().getTag("outcome")).isIn("delivered", "failed", "not-called");
				assertThat(meter.getId().getTag("plan")).isNotNull();
				assertThat(meter.getId().getTags()).extracting((tag) -> tag.getKey())
					.containsExactlyInAnyOrder("outcome", "plan");
			});
			assertThat(measured.toString()).doesNotContain(acme.id());
		}
	}

	@Test
	void aBurstOfEventsNeverCallsOneEndpointMoreThanItsCapAtOnce() {
		Shop acme = shop("hooks-burst");
		int events = 12;
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(200).taking(Duration.ofMillis(300))) {
			register(acme, receiver.url("/burst"));
			TenantId tenant = new TenantId(acme.id());

			new TransactionTemplate(this.transactions).executeWithoutResult((status) -> IntStream.range(0, events)
				.forEach((i) -> this.publisher
					.publishEvent(new ProductCreated(tenant, UUID.randomUUID(), "burst-" + i, "draft"))));

			await().atMost(PATIENCE).until(() -> receiver.received().size() >= events);
			// rustok.webhooks.endpoint-concurrency's default: the node itself would send
			// 16
			assertThat(receiver.mostAtOnce()).isBetween(1, 4);
		}
	}

	private double attempts(String outcome) {
		return this.meters.find("rustok.webhooks.deliveries")
			.tag("outcome", outcome)
			.timers()
			.stream()
			.mapToDouble(Timer::count)
			.sum();
	}

	private String register(Shop shop, String url) {
		Answer answer = this.runtime.post(shop.id(), shop.ownerToken(), PATH,
				RuntimeClient.json(Map.of("url", url, "eventTypes", List.of("catalog.ProductCreated"))));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("endpoint").get("id").asString();
	}

	private void createProduct(Shop shop, String title) {
		Answer answer = this.runtime.createProduct(shop.id(), shop.ownerToken(),
				RuntimeClient.productJson("HOOK-" + UUID.randomUUID(), title, 1500, "EUR"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
	}

	private List<JsonNode> deliveries(Shop shop, String endpoint) {
		return this.runtime.get(shop.id(), shop.ownerToken(), PATH + "/" + endpoint + "/deliveries")
			.json()
			.get("items")
			.valueStream()
			.toList();
	}

	private JsonNode awaitDelivery(Shop shop, String endpoint, int attempts) {
		return await().atMost(PATIENCE)
			.until(() -> deliveries(shop, endpoint),
					(items) -> !items.isEmpty() && items.getFirst().get("status").asString().equals("delivered")
							&& items.getFirst().get("attempts").asInt() == attempts)
			.getFirst();
	}

}
