package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.rustok.devservices.FreePorts;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.events.CatalogEvent.ProductCreated;
import dev.rustok.runtime.events.DomainEvent;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.webhooks.WebhookReceiver;
import dev.rustok.runtime.webhooks.WebhookReceiver.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import static dev.rustok.runtime.OutboxRows.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two runtime nodes (this test's context and a second one on the same database) run the
 * delivery worker: claims with SKIP LOCKED and leases make each delivery go out once,
 * whichever node sent it (docs/adr/0070). Prints the deliveries per second it saw.
 */
class TwoWebhookNodesIT extends RuntimeIntegrationTest {

	private static final int EVENTS = 100;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	ConfigurableApplicationContext second;

	@BeforeEach
	void startASecondNode() {
		List<String> arguments = new ArrayList<>(RuntimePlatform.nodeArguments(0, 0, FreePorts.next()));
		arguments.addAll(RuntimePlatform.webhookArguments());
		arguments.add("--rustok.webhooks.batch-size=10");
		this.second = new SpringApplicationBuilder(TenantRuntimeApplication.class)
			.run(arguments.toArray(String[]::new));
	}

	@AfterEach
	void stopTheSecondNode() {
		this.second.close();
	}

	@Test
	void twoNodesSendEachDeliveryOnce() {
		Shop shop = shop("hooks-two-nodes");
		TenantId tenant = new TenantId(shop.id());
		// plain HTTP: 32 TLS handshakes at once on two busy cores outlast the tests' 1 s
		// time-out, and four of those in a row disable the endpoint
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(200)) {
			Answer created = this.runtime.post(shop.id(), shop.ownerToken(), "/api/admin/webhooks", RuntimeClient
				.json(Map.of("url", receiver.url("/both"), "eventTypes", List.of("catalog.ProductCreated"))));
			assertThat(created.status()).isEqualTo(201);
			List<DomainEvent> events = IntStream.range(0, EVENTS)
				.mapToObj((i) -> (DomainEvent) new ProductCreated(tenant, UUID.randomUUID(), "both-" + i, "draft"))
				.toList();

			long started = System.nanoTime();
			OutboxRows.publishEach(this.transactions, this.publisher, events.subList(0, EVENTS / 2));
			OutboxRows.publishEach(this.second.getBean(PlatformTransactionManager.class), this.second,
					events.subList(EVENTS / 2, EVENTS));
			await().atMost(PATIENCE.multipliedBy(2)).until(() -> receiver.received().size() >= EVENTS);
			double seconds = (System.nanoTime() - started) / 1e9;

			Map<String, Long> perMessage = receiver.received()
				.stream()
				.collect(Collectors.groupingBy((received) -> received.header("webhook-id"), Collectors.counting()));
			assertThat(perMessage).hasSize(EVENTS).allSatisfy((id, count) -> assertThat(count).as(id).isOne());
			assertThat(receiver.received()).extracting(Received::body)
				.extracting((body) -> new String(body, java.nio.charset.StandardCharsets.UTF_8))
				.allSatisfy((body) -> assertThat(body).contains("\"shop\":\"" + shop.id() + "\""));
			System.out.printf("TwoWebhookNodesIT: %d events written and delivered through two nodes in %.2f s "
					+ "(%.0f deliveries/s)%n", EVENTS, seconds, EVENTS / seconds);
		}
	}

}
