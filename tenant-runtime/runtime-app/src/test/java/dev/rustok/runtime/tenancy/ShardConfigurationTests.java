package dev.rustok.runtime.tenancy;

import java.util.Map;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each shard's two pools (docs/adr/0102), sized by configuration; none connects before
 * its first use, so no database is needed here.
 */
class ShardConfigurationTests {

	@Test
	void everyShardHasARequestPoolAndASmallerWorkerPoolOfTheConfiguredSizes() throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("rustok.worker-pool.size", "2")
			.withProperty("spring.datasource.hikari.maximum-pool-size", "12")
			.withProperty("rustok.shards.eu2.url", "jdbc:postgresql://127.0.0.1:1/eu2")
			.withProperty("rustok.shards.eu2.pool-size", "5");

		TenantShards shards = shards(environment);

		try {
			assertThat(sizes(shards)).containsExactlyInAnyOrderEntriesOf(
					Map.of("shard-default", 12, "shard-default-workers", 2, "shard-eu2", 5, "shard-eu2-workers", 2));
		}
		finally {
			shards.close();
		}
	}

	@Test
	void aWorkerPoolHasThreeConnectionsUnlessConfigured() throws Exception {
		TenantShards shards = shards(new MockEnvironment());

		try {
			assertThat(sizes(shards))
				.containsExactlyInAnyOrderEntriesOf(Map.of("shard-default", 10, "shard-default-workers", 3));
		}
		finally {
			shards.close();
		}
	}

	@Test
	void anEmptyWorkerPoolIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkerPool(0, java.time.Duration.ofSeconds(1)))
			.withMessageContaining("rustok.worker-pool.size");
	}

	private static TenantShards shards(MockEnvironment environment) {
		DataSourceProperties primary = new DataSourceProperties();
		primary.setUrl("jdbc:postgresql://127.0.0.1:1/rustok");
		primary.setUsername("postgres");
		return new ShardConfiguration().dataSource(primary, environment,
				new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
	}

	private static Map<String, Integer> sizes(TenantShards shards) {
		return shards.getResolvedDataSources()
			.values()
			.stream()
			.map(HikariDataSource.class::cast)
			.collect(Collectors.toMap(HikariDataSource::getPoolName, HikariDataSource::getMaximumPoolSize));
	}

}
