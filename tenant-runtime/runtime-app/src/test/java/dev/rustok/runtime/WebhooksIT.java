package dev.rustok.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.webhooks.WebhookReceiver;
import dev.rustok.runtime.webhooks.WebhookReceiver.Received;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.rustok.runtime.OutboxRows.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks end to end (docs/adr/0069, 0070): a merchant registers an endpoint over the
 * admin API, a product created over HTTP reaches the receiver signed with the endpoint's
 * secret, failures are retried with backoff until the endpoint is disabled with a notice,
 * a receiver that never answers counts as failing, and shops never see each other's
 * endpoints, deliveries or events.
 */
class WebhooksIT extends RuntimeIntegrationTest {

	private static final String PATH = "/api/admin/webhooks";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aProductCreatedReachesTheEndpointSignedWithItsSecret() throws Exception {
		Shop acme = shop("hooks-acme");
		try (WebhookReceiver receiver = WebhookReceiver.https().answering(200)) {
			JsonNode created = register(acme, receiver.url("/rustok"), "catalog.ProductCreated");
			String endpoint = created.get("endpoint").get("id").asString();
			String secret = created.get("secret").asString();

			String handle = createProduct(acme, "Signed tee");

			await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
			Received received = receiver.received().getFirst();
			assertThat(verifies(secret, received)).isTrue();
			assertThat(verifies("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), received)).isFalse();
			JsonNode body = JSON.readTree(received.body());
			assertThat(body.get("type").asString()).isEqualTo("catalog.ProductCreated");
			assertThat(body.get("shop").asString()).isEqualTo(acme.id());
			assertThat(body.get("data").get("handle").asString()).isEqualTo(handle);
			assertThat(received.header("webhook-id")).isEqualTo(body.get("id").asString());

			JsonNode delivery = awaitDelivery(acme, endpoint, "delivered");
			assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(200);
			assertThat(delivery.get("lastLatencyMs").asInt()).isNotNegative();
			assertThat(delivery.get("attempts").asInt()).isOne();
			JsonNode detail = this.runtime
				.get(acme.id(), acme.ownerToken(),
						PATH + "/" + endpoint + "/deliveries/" + delivery.get("id").asString())
				.json();
			assertThat(detail.get("attempts").valueStream().map((attempt) -> attempt.get("statusCode").asInt()))
				.containsExactly(200);
			Answer shown = this.runtime.get(acme.id(), acme.ownerToken(), PATH + "/" + endpoint);
			assertThat(shown.body()).doesNotContain(secret).doesNotContain("whsec_");
		}
	}

	@Test
	void aFailingEndpointIsRetriedWithBackoffThenDisabledWithANotice() {
		Shop acme = shop("hooks-failing");
		try (WebhookReceiver receiver = WebhookReceiver.https().answering(500)) {
			String endpoint = register(acme, receiver.url("/broken"), "catalog.ProductCreated").get("endpoint")
				.get("id")
				.asString();

			createProduct(acme, "Undeliverable tee");

			JsonNode disabled = await().atMost(PATIENCE)
				.until(() -> this.runtime.get(acme.id(), acme.ownerToken(), PATH + "/" + endpoint).json(),
						(shown) -> !shown.get("enabled").asBoolean());
			assertThat(disabled.get("disabledReason").asString())
				.contains(RuntimePlatform.WEBHOOK_DISABLE_AFTER + " failed deliveries in a row")
				.contains("HTTP 500");
			List<Received> calls = receiver.received();
			assertThat(calls).hasSize(RuntimePlatform.WEBHOOK_DISABLE_AFTER);
			// each retry waited at least half its backoff (first retry 0.2 s, jitter
			// takes
			// up to half off): the same message, never sent back to back
			for (int i = 1; i < calls.size(); i++) {
				assertThat(Duration.between(calls.get(i - 1).at(), calls.get(i).at()))
					.isGreaterThanOrEqualTo(Duration.ofMillis(100));
				assertThat(calls.get(i).header("webhook-id")).isEqualTo(calls.getFirst().header("webhook-id"));
			}
			JsonNode delivery = awaitDelivery(acme, endpoint, "abandoned");
			assertThat(delivery.get("attempts").asInt()).isEqualTo(RuntimePlatform.WEBHOOK_DISABLE_AFTER);
			assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(500);
			assertThat(OutboxRows.outbox(UUID.fromString(endpoint))).singleElement()
				.satisfies((event) -> assertThat(event.get("type")).isEqualTo("webhook.EndpointDisabled"));

			receiver.answering(204);
			Answer enabled = this.runtime.post(acme.id(), acme.ownerToken(), PATH + "/" + endpoint + "/enable", "");
			assertThat(enabled.status()).isEqualTo(200);
			assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
			assertThat(enabled.json().get("disabledReason").isNull()).isTrue();
			createProduct(acme, "Deliverable tee");
			await().atMost(PATIENCE)
				.until(() -> receiver.received().size() == RuntimePlatform.WEBHOOK_DISABLE_AFTER + 1);
		}
	}

	@Test
	void aReceiverThatNeverAnswersCountsAsAFailedAttempt() {
		Shop acme = shop("hooks-slow");
		try (WebhookReceiver receiver = WebhookReceiver.https().hanging()) {
			String endpoint = register(acme, receiver.url("/slow"), "catalog.ProductCreated").get("endpoint")
				.get("id")
				.asString();

			createProduct(acme, "Slow tee");

			JsonNode delivery = await().atMost(PATIENCE)
				.until(() -> deliveries(acme, endpoint),
						(items) -> !items.isEmpty() && items.getFirst().get("attempts").asInt() >= 1)
				.getFirst();
			assertThat(delivery.get("lastStatusCode").isNull()).isTrue();
			assertThat(delivery.get("lastError").asString()).contains("no answer within 1000 ms");
			assertThat(delivery.get("lastLatencyMs").asInt()).isPositive();
		}
	}

	@Test
	void aShopNeverSeesAnotherShopsEndpointsDeliveriesOrEvents() {
		Shop acme = shop("hooks-acme");
		Shop globex = shop("hooks-globex");
		try (WebhookReceiver acmeReceiver = WebhookReceiver.https().answering(200);
				WebhookReceiver globexReceiver = WebhookReceiver.https().answering(200)) {
			register(acme, acmeReceiver.url("/acme"), "catalog.ProductCreated");
			String globexEndpoint = register(globex, globexReceiver.url("/globex"), "catalog.ProductCreated")
				.get("endpoint")
				.get("id")
				.asString();

			createProduct(globex, "Globex only");
			await().atMost(PATIENCE).until(() -> globexReceiver.received().size() == 1);
			createProduct(acme, "Acme only");
			await().atMost(PATIENCE).until(() -> acmeReceiver.received().size() == 1);

			assertThat(acmeReceiver.received())
				.allSatisfy((received) -> assertThat(JSON.readTree(received.body()).get("shop").asString())
					.isEqualTo(acme.id()));
			assertThat(globexReceiver.received()).hasSize(1);
			String other = PATH + "/" + globexEndpoint;
			assertThat(this.runtime.get(acme.id(), acme.ownerToken(), other).status()).isEqualTo(404);
			assertThat(this.runtime.get(acme.id(), acme.ownerToken(), other + "/deliveries").status()).isEqualTo(404);
			assertThat(this.runtime
				.put(acme.id(), acme.ownerToken(), other,
						endpointJson(acmeReceiver.url("/x"), "catalog.ProductCreated"))
				.status()).isEqualTo(404);
			assertThat(this.runtime.post(acme.id(), acme.ownerToken(), other + "/secret", "").status()).isEqualTo(404);
			assertThat(this.runtime.delete(acme.id(), acme.ownerToken(), other).status()).isEqualTo(404);
			assertThat(this.runtime.get(acme.id(), acme.ownerToken(), PATH).body()).doesNotContain(globexEndpoint);
			assertThat(this.runtime.get(globex.id(), acme.ownerToken(), other).status()).isEqualTo(401);
			assertThat(this.runtime.get(globex.id(), globex.ownerToken(), other).json().get("url").asString())
				.isEqualTo(globexReceiver.url("/globex"));
		}
	}

	@Test
	void badEndpointsAreRefusedWithTheFieldAndNothingIsStored() {
		Shop acme = shop("hooks-bad");
		int before = this.runtime.get(acme.id(), acme.ownerToken(), PATH).json().get("items").size();

		Answer userInfo = this.runtime.post(acme.id(), acme.ownerToken(), PATH,
				endpointJson("https://user:secret@127.0.0.1/hook", "catalog.ProductCreated"));
		Answer unknownType = this.runtime.post(acme.id(), acme.ownerToken(), PATH,
				endpointJson("https://127.0.0.1/hook", "catalog.NoSuchThing"));
		Answer noTypes = this.runtime.post(acme.id(), acme.ownerToken(), PATH,
				RuntimeClient.json(Map.of("url", "https://127.0.0.1/hook", "eventTypes", List.of())));
		Answer notAUrl = this.runtime.post(acme.id(), acme.ownerToken(), PATH,
				endpointJson("ftp://127.0.0.1/hook", "catalog.ProductCreated"));
		Answer badCursor = this.runtime.get(acme.id(), acme.ownerToken(),
				PATH + "/" + UUID.randomUUID() + "/deliveries?after=nonsense");
		Answer badId = this.runtime.get(acme.id(), acme.ownerToken(), PATH + "/not-an-id");

		assertThat(List.of(userInfo, unknownType, noTypes, notAUrl, badCursor, badId)).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
		});
		assertThat(field(userInfo)).isEqualTo("url");
		assertThat(field(unknownType)).isEqualTo("eventTypes");
		assertThat(field(noTypes)).isEqualTo("eventTypes");
		assertThat(field(notAUrl)).isEqualTo("url");
		assertThat(field(badCursor)).isEqualTo("after");
		assertThat(this.runtime.get(acme.id(), acme.ownerToken(), PATH).json().get("items").size()).isEqualTo(before);
	}

	@Test
	void theSecretRotatesAndTheOldOneStopsSigning() throws Exception {
		Shop acme = shop("hooks-acme");
		try (WebhookReceiver receiver = WebhookReceiver.https().answering(200)) {
			JsonNode created = register(acme, receiver.url("/rotating"), "catalog.ProductCreated");
			String endpoint = created.get("endpoint").get("id").asString();

			Answer rotated = this.runtime.post(acme.id(), acme.ownerToken(), PATH + "/" + endpoint + "/secret", "");
			createProduct(acme, "Rotated tee");

			assertThat(rotated.status()).isEqualTo(200);
			String secret = rotated.json().get("secret").asString();
			assertThat(secret).startsWith("whsec_").isNotEqualTo(created.get("secret").asString());
			await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
			assertThat(verifies(secret, receiver.received().getFirst())).isTrue();
			assertThat(verifies(created.get("secret").asString(), receiver.received().getFirst())).isFalse();
		}
	}

	private JsonNode register(Shop shop, String url, String... eventTypes) {
		Answer answer = this.runtime.post(shop.id(), shop.ownerToken(), PATH, endpointJson(url, eventTypes));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json();
	}

	private static String endpointJson(String url, String... eventTypes) {
		return RuntimeClient
			.json(Map.of("url", url, "description", "test receiver", "eventTypes", List.of(eventTypes)));
	}

	private String createProduct(Shop shop, String title) {
		Answer answer = this.runtime.createProduct(shop.id(), shop.ownerToken(),
				RuntimeClient.productJson("HOOK-" + UUID.randomUUID(), title, 1500, "EUR"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("handle").asString();
	}

	private List<JsonNode> deliveries(Shop shop, String endpoint) {
		return this.runtime.get(shop.id(), shop.ownerToken(), PATH + "/" + endpoint + "/deliveries")
			.json()
			.get("items")
			.valueStream()
			.toList();
	}

	private JsonNode awaitDelivery(Shop shop, String endpoint, String status) {
		return await().atMost(PATIENCE)
			.until(() -> deliveries(shop, endpoint),
					(items) -> !items.isEmpty() && items.getFirst().get("status").asString().equals(status))
			.getFirst();
	}

	private static String field(Answer answer) {
		return answer.json().get("errors").get(0).get("field").asString();
	}

	// as a merchant's receiver would, with nothing from the platform's code
	private static boolean verifies(String secret, Received received) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		mac.update((received.header("webhook-id") + "." + received.header("webhook-timestamp") + ".")
			.getBytes(StandardCharsets.UTF_8));
		String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(received.body()));
		return received.header("webhook-signature").equals(expected);
	}

}
