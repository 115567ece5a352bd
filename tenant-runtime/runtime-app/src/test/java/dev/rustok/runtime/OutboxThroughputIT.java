package dev.rustok.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.rustok.runtime.events.CatalogEvent.ProductUpdated;
import dev.rustok.runtime.events.DomainEvent;
import dev.rustok.runtime.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

import static dev.rustok.runtime.OutboxRows.jdbc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Outbox throughput on this machine (issue 13): 8 writers store 10,000 events (one per
 * transaction, 500 aggregates), and the relay of this one node delivers them to the
 * recording handler; prints events/s written and delivered. A benchmark:
 * {@code -Drustok.benchmarks=true} (docs/benchmarks.md).
 */
@EnabledIfSystemProperty(named = "rustok.benchmarks", matches = "true")
class OutboxThroughputIT extends RuntimeIntegrationTest {

	private static final int WRITERS = 8;

	private static final int EVENTS_PER_WRITER = 1_250;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void printsEventsWrittenAndDeliveredPerSecond() throws Exception {
		TenantId tenant = new TenantId(shop("throughput").id());
		List<UUID> aggregates = new ArrayList<>();
		long start = System.nanoTime();
		try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < WRITERS; writer++) {
				List<DomainEvent> events = new ArrayList<>();
				List<UUID> mine = java.util.stream.IntStream.range(0, 500 / WRITERS + 1)
					.mapToObj((i) -> UUID.randomUUID())
					.toList();
				aggregates.addAll(mine);
				for (int i = 0; i < EVENTS_PER_WRITER; i++) {
					events
						.add(new ProductUpdated(tenant, mine.get(i % mine.size()), "t", "active", i / mine.size() + 1));
				}
				done.add(writers.submit(() -> OutboxRows.publishEach(this.transactions, this.publisher, events)));
			}
			for (Future<?> writes : done) {
				writes.get();
			}
		}
		long written = System.nanoTime();
		int total = WRITERS * EVENTS_PER_WRITER;
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> effects(tenant) == total);
		long delivered = System.nanoTime();

		double writeRate = total / ((written - start) / 1e9);
		double relayRate = total / ((delivered - start) / 1e9);
		System.out.printf("outbox: %d events, written %.0f/s (8 writers, one event per transaction), "
				+ "delivered end to end %.0f/s by one node%n", total, writeRate, relayRate);
		assertThat(jdbc().sql("select count(*) from outbox_it.effect where tenant_id = ? and applied <> 1")
			.param(tenant.value())
			.query(Integer.class)
			.single()).isZero();
	}

	private static int effects(TenantId tenant) {
		return jdbc().sql("select count(*) from outbox_it.effect where tenant_id = ?")
			.param(tenant.value())
			.query(Integer.class)
			.single();
	}

}
