package dev.rustok.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.rustok.devservices.FreePorts;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.tenancy.ShardNotifications;
import dev.rustok.runtime.tenancy.TenantShards;
import dev.rustok.runtime.webhooks.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The delivery worker wakes on {@code NOTIFY rustok_webhooks} when a delivery is stored,
 * and when a retry comes due, instead of waiting for its next poll (docs/adr/0086): a
 * second node polling only every 20 s (the only worker running: this JVM's is stopped
 * meanwhile) sends a delivery and its retry in a fraction of that, measured in one run.
 */
class WebhookWakeUpIT extends RuntimeIntegrationTest {

	private static final Duration POLL_INTERVAL = Duration.ofSeconds(20);

	@Autowired
	ApplicationContext context;

	ConfigurableApplicationContext slowPoller;

	@BeforeEach
	void leaveOnlyASlowPollingWorker() {
		worker().stop();
		List<String> arguments = new ArrayList<>(RuntimePlatform.nodeArguments(0, 0, FreePorts.next()));
		RuntimePlatform.webhookArguments()
			.stream()
			.filter((argument) -> !argument.startsWith("--rustok.webhooks.poll-interval="))
			.forEach(arguments::add);
		arguments.add("--rustok.webhooks.poll-interval=" + POLL_INTERVAL);
		this.slowPoller = new SpringApplicationBuilder(TenantRuntimeApplication.class)
			.run(arguments.toArray(String[]::new));
	}

	@AfterEach
	void restoreThisNodesWorker() {
		this.slowPoller.close();
		worker().start();
	}

	@Test
	void aDeliveryAndItsRetryGoOutLongBeforeTheNextPoll() {
		Shop acme = shop("hooks-wake-up");
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(503)) {
			Answer registered = this.runtime.post(acme.id(), acme.ownerToken(), "/api/admin/webhooks", RuntimeClient
				.json(Map.of("url", receiver.url("/wake"), "eventTypes", List.of("catalog.ProductCreated"))));
			assertThat(registered.status()).as(registered.body()).isEqualTo(201);
			// the slow poller listens on every shard: from now on only a wake-up or the
			// 20 s poll sends anything
			awaitTheSlowPollerListening();

			long started = System.nanoTime();
			Answer created = this.runtime.createProduct(acme.id(), acme.ownerToken(),
					RuntimeClient.productJson("WAKE-" + UUID.randomUUID(), "Wake-up tee", 1500, "EUR"));
			assertThat(created.status()).isEqualTo(201);
			await().atMost(POLL_INTERVAL.multipliedBy(3)).until(() -> receiver.received().size() >= 1);
			Duration first = Duration.ofNanos(System.nanoTime() - started);
			receiver.answering(200);
			await().atMost(POLL_INTERVAL.multipliedBy(3)).until(() -> receiver.received().size() >= 2);
			Duration retried = Duration.ofNanos(System.nanoTime() - started);

			System.out.printf(
					"WebhookWakeUpIT: first delivery after %d ms, its retry after %d ms; poll interval %d ms%n",
					first.toMillis(), retried.toMillis(), POLL_INTERVAL.toMillis());
			assertThat(retried).as("both calls well inside one poll interval").isLessThan(POLL_INTERVAL.dividedBy(4));
			assertThat(receiver.received().get(1).header("webhook-id"))
				.isEqualTo(receiver.received().get(0).header("webhook-id"));
		}
	}

	private SmartLifecycle worker() {
		return this.context.getBean("webhookDeliveryWorker", SmartLifecycle.class);
	}

	private void awaitTheSlowPollerListening() {
		ShardNotifications notifications = this.slowPoller.getBean(ShardNotifications.class);
		Set<String> shards = this.slowPoller.getBean(TenantShards.class).names();
		await().atMost(POLL_INTERVAL)
			.until(() -> shards.stream()
				.allMatch((shard) -> notifications.listening(shard).contains("rustok_webhooks")));
	}

}
