package dev.rustok.runtime.webhooks;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import dev.rustok.runtime.webhooks.CallOutcome.Delivered;
import dev.rustok.runtime.webhooks.CallOutcome.Failed;
import dev.rustok.runtime.webhooks.CallOutcome.NotCalled;
import dev.rustok.runtime.webhooks.WebhookReceiver.Received;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One call to a receiver played on loopback: signed so the receiver can verify it, a
 * hanging receiver counted as a failure after the time-out, and an open breaker making no
 * call at all.
 */
class WebhookCallsTests {

	private static final String SHOP = "calls-shop";

	private final WebhookSecret secret = WebhookSecret.generate();

	@Test
	void aDeliveryCarriesASignatureTheReceiverVerifies() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.https().answering(200)) {
			UUID endpoint = UUID.randomUUID();
			UUID message = UUID.randomUUID();

			CallOutcome outcome = calls(Duration.ofSeconds(5), 10).call(SHOP, endpoint, receiver.url("/hook"),
					this.secret, message, "{\"type\":\"catalog.ProductCreated\"}");

			assertThat(outcome).isInstanceOf(Delivered.class);
			assertThat(((Delivered) outcome).statusCode()).isEqualTo(200);
			Received received = receiver.received().getFirst();
			assertThat(new String(received.body(), StandardCharsets.UTF_8))
				.isEqualTo("{\"type\":\"catalog.ProductCreated\"}");
			assertThat(received.header("webhook-id")).isEqualTo(message.toString());
			assertThat(received.header("content-type")).isEqualTo("application/json");
			assertThat(WebhookSignature.verify(this.secret, received.header("webhook-id"),
					Long.parseLong(received.header("webhook-timestamp")), received.body(),
					received.header("webhook-signature")))
				.isTrue();
		}
	}

	@Test
	void aHangingReceiverIsAFailureAfterTheTimeout() {
		try (WebhookReceiver receiver = WebhookReceiver.http().hanging()) {
			CallOutcome outcome = calls(Duration.ofMillis(300), 10).call(SHOP, UUID.randomUUID(), receiver.url("/hook"),
					this.secret, UUID.randomUUID(), "{}");

			assertThat(outcome).isInstanceOfSatisfying(Failed.class, (failed) -> {
				assertThat(failed.statusCode()).isNull();
				assertThat(failed.error()).contains("no answer within 300 ms");
			});
		}
	}

	@Test
	void anErrorStatusOrARedirectIsAFailure() {
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(500)) {
			WebhookCalls calls = calls(Duration.ofSeconds(5), 10);
			UUID endpoint = UUID.randomUUID();

			CallOutcome error = calls.call(SHOP, endpoint, receiver.url("/hook"), this.secret, UUID.randomUUID(), "{}");
			receiver.answering(302);
			CallOutcome redirect = calls.call(SHOP, endpoint, receiver.url("/hook"), this.secret, UUID.randomUUID(),
					"{}");

			assertThat(error).isEqualTo(new Failed(500, ((Failed) error).latencyMs(), "answered HTTP 500"));
			assertThat(redirect).isInstanceOfSatisfying(Failed.class,
					(failed) -> assertThat(failed.statusCode()).isEqualTo(302));
		}
	}

	@Test
	void anOpenBreakerMakesNoCallUntilItsWaitIsOver() {
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(503)) {
			WebhookCalls calls = calls(Duration.ofSeconds(5), 4);
			UUID endpoint = UUID.randomUUID();
			// a window of 4 judges after 2 calls (EndpointBreakers): both failed
			for (int i = 0; i < 2; i++) {
				assertThat(calls.call(SHOP, endpoint, receiver.url("/hook"), this.secret, UUID.randomUUID(), "{}"))
					.isInstanceOf(Failed.class);
			}
			int calledBeforeOpen = receiver.received().size();

			CallOutcome whileOpen = calls.call(SHOP, endpoint, receiver.url("/hook"), this.secret, UUID.randomUUID(),
					"{}");
			CallOutcome otherEndpoint = calls.call(SHOP, UUID.randomUUID(), receiver.url("/hook"), this.secret,
					UUID.randomUUID(), "{}");

			assertThat(whileOpen).isInstanceOfSatisfying(NotCalled.class,
					(notCalled) -> assertThat(notCalled.retryIn()).isEqualTo(Duration.ofMinutes(5)));
			assertThat(otherEndpoint).isInstanceOf(Failed.class);
			assertThat(calledBeforeOpen).isEqualTo(2);
			assertThat(receiver.received()).hasSize(3);
		}
	}

	@Test
	void theBreakersOfOneShopAreNotAnotherShops() {
		EndpointBreakers breakers = new EndpointBreakers(4, 50, Duration.ofMinutes(5), 2);
		UUID endpoint = UUID.randomUUID();

		assertThat(breakers.of("acme", endpoint)).isNotSameAs(breakers.of("globex", endpoint));
		breakers.of("initech", UUID.randomUUID());
		assertThat(breakers.size()).isEqualTo(2);
	}

	private static WebhookCalls calls(Duration timeout, int window) {
		try {
			WebhookProperties properties = new WebhookProperties(true, Duration.ofSeconds(1), 50, 4, 2, timeout,
					timeout.multipliedBy(4), Duration.ofSeconds(1), Duration.ofMinutes(1), 5, 20, window, 50,
					Duration.ofMinutes(5), 100, Duration.ofDays(30), Duration.ofMinutes(10),
					SelfSignedCertificate.trustStore().toString(), SelfSignedCertificate.PASSWORD);
			HttpClient http = WebhookConfiguration.httpClient(properties);
			return new WebhookCalls(http, new EndpointBreakers(window, 50, Duration.ofMinutes(5), 100),
					new WebhookTargets(true, java.net.InetAddress::getAllByName), timeout, Clock.systemUTC());
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
	}

}
