package dev.rustok.runtime;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.runtime.events.CatalogEvent.ProductCreated;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.tenancy.TenantShards;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static dev.rustok.runtime.OutboxRows.PATIENCE;
import static dev.rustok.runtime.OutboxRows.effects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay and the webhook worker take their connections from each shard's worker
 * pool, not the requests' (docs/adr/0102): with every request connection held, as under a
 * burst of slow requests, an event written still reaches its handlers. Both pools report
 * themselves in the {@code hikaricp_*} metrics by name.
 */
class RelayOnItsOwnPoolIT extends RuntimeIntegrationTest {

	@Autowired
	TenantShards shards;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	MeterRegistry meters;

	@Test
	void theRelayKeepsDeliveringWhileRequestsHoldEveryConnection() throws Exception {
		TenantId tenant = new TenantId(shop("pool-acme").id());
		HikariDataSource requests = pool("shard-default");
		UUID product = UUID.randomUUID();
		List<Connection> held = new ArrayList<>();
		try {
			TenantShards.on(TenantRoute.DEFAULT_SHARD, () -> {
				while (requests.getHikariPoolMXBean().getActiveConnections() < requests.getMaximumPoolSize()) {
					held.add(this.shards.getConnection());
				}
				return null;
			});
			// written as a request writes it, in a transaction on one of the held
			// connections: none is left for anyone else
			writeOn(held.getFirst(), new ProductCreated(tenant, product, "pool-" + product, "draft"));

			assertThat(requests.getHikariPoolMXBean().getActiveConnections()).isEqualTo(requests.getMaximumPoolSize());
			await().atMost(PATIENCE).until(() -> !effects(product).isEmpty());
			assertThat(requests.getHikariPoolMXBean().getActiveConnections()).isEqualTo(requests.getMaximumPoolSize());
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
	}

	@Test
	void bothPoolsOfAShardAreMeasuredUnderTheirOwnNames() {
		HikariDataSource workers = pool("shard-default-workers");

		assertThat(workers.getMaximumPoolSize()).isEqualTo(3);
		assertThat(pool("shard-default").getMaximumPoolSize()).isEqualTo(10);
		assertThat(this.meters.get("hikaricp.connections.max").tag("pool", "shard-default-workers").gauge().value())
			.isEqualTo(3);
		assertThat(this.meters.get("hikaricp.connections.max").tag("pool", "shard-default").gauge().value())
			.isEqualTo(10);
	}

	private void writeOn(Connection connection, ProductCreated event) {
		TransactionSynchronizationManager.bindResource(this.shards, new ConnectionHolder(connection));
		try {
			TenantShards.on(TenantRoute.DEFAULT_SHARD, () -> {
				OutboxRows.publishEach(this.transactions, this.publisher, List.of(event));
				return null;
			});
		}
		finally {
			TransactionSynchronizationManager.unbindResource(this.shards);
		}
	}

	private HikariDataSource pool(String name) {
		return this.shards.getResolvedDataSources()
			.values()
			.stream()
			.map(HikariDataSource.class::cast)
			.filter((pool) -> pool.getPoolName().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
