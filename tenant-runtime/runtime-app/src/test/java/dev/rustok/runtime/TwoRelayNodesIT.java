package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.rustok.devservices.FreePorts;
import dev.rustok.runtime.events.CatalogEvent.ProductUpdated;
import dev.rustok.runtime.events.DomainEvent;
import dev.rustok.runtime.shared.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import static dev.rustok.runtime.OutboxRows.PATIENCE;
import static dev.rustok.runtime.OutboxRows.jdbc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two runtime nodes (this test's context and a second application context with its own
 * ports, in the same cluster) relay from one database: every event reaches the handler
 * exactly once, in aggregate order, whichever node claimed it (docs/adr/0055).
 */
class TwoRelayNodesIT extends RuntimeIntegrationTest {

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	ConfigurableApplicationContext second;

	@BeforeEach
	void startASecondNode() {
		List<String> arguments = new ArrayList<>(RuntimePlatform.nodeArguments(0, 0, FreePorts.next()));
		arguments.addAll(List.of("--rustok.test.node=two", "--rustok.outbox.batch-size=20"));
		this.second = new SpringApplicationBuilder(TenantRuntimeApplication.class, RecordingHandler.class)
			.run(arguments.toArray(String[]::new));
	}

	@AfterEach
	void stopTheSecondNode() {
		this.second.close();
	}

	@Test
	void twoNodesHandleEachEventOnceAndInAggregateOrder() throws Exception {
		TenantId tenant = new TenantId(shop("acme").id());
		List<UUID> products = IntStream.range(0, 40).mapToObj((i) -> UUID.randomUUID()).toList();
		ApplicationEventPublisher secondPublisher = this.second;
		PlatformTransactionManager secondTransactions = this.second.getBean(PlatformTransactionManager.class);

		// both nodes write, 4 writers each, 15 versions of 40 products: 600 events
		try (ExecutorService writers = Executors.newFixedThreadPool(8)) {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < 8; writer++) {
				List<UUID> mine = products.subList(writer * 5, writer * 5 + 5);
				boolean onSecond = writer % 2 == 1;
				done.add(writers.submit(() -> OutboxRows.publishEach(onSecond ? secondTransactions : this.transactions,
						onSecond ? secondPublisher : this.publisher, updates(tenant, mine))));
			}
			for (Future<?> writes : done) {
				writes.get();
			}
		}

		await().atMost(PATIENCE).until(() -> applied(products).size() == 600);
		List<Map<String, Object>> effects = applied(products);
		assertThat(effects).allSatisfy((effect) -> assertThat(effect).containsEntry("applied", 1));
		for (UUID product : products) {
			assertThat(OutboxRows.effects(product))
				.extracting((effect) -> ((Number) effect.get("aggregate_version")).intValue())
				.containsExactlyElementsOf(IntStream.rangeClosed(1, 15).boxed().toList());
		}
		assertThat(effects).extracting((effect) -> effect.get("node")).as("both nodes relayed").contains("one", "two");
	}

	private static List<DomainEvent> updates(TenantId tenant, List<UUID> products) {
		List<DomainEvent> events = new ArrayList<>();
		for (int version = 1; version <= 15; version++) {
			for (UUID product : products) {
				events.add(new ProductUpdated(tenant, product, "p-" + product, "active", version));
			}
		}
		return events;
	}

	private static List<Map<String, Object>> applied(List<UUID> products) {
		return jdbc().sql("select * from outbox_it.effect where aggregate_id = any(?)")
			.param(products.toArray(UUID[]::new))
			.query()
			.listOfRows();
	}

}
