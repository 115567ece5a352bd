package dev.rustok.runtime.tenancy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.rustok.controlplane.api.TenantRoute;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The application's {@link DataSource}: {@link TenantShards} over one request pool per
 * shard. {@code default} is the {@code spring.datasource.*} database unless
 * {@code rustok.shards.default.*} names another; every other shard comes from
 * {@code rustok.shards.<name>.*}. Each shard also has a small pool for the background
 * workers ({@link WorkerPool}, docs/adr/0102). Beside it, {@link ShardNotifications}: one
 * listening connection per shard for the whole node.
 */
@Configuration(proxyBeanMethods = false)
class ShardConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ShardConfiguration.class);

	/** How long a broken listening connection waits before it is opened again. */
	private static final Duration LISTEN_PAUSE = Duration.ofSeconds(1);

	@Bean
	@Primary
	TenantShards dataSource(DataSourceProperties primary, Environment environment,
			ObjectProvider<MeterRegistry> meters) {
		Binder binder = Binder.get(environment);
		Map<String, ShardConnection> configured = binder
			.bind("rustok.shards", Bindable.mapOf(String.class, ShardConnection.class))
			.orElse(Map.of());
		WorkerPool workerPool = binder.bindOrCreate("rustok.worker-pool", WorkerPool.class);
		Map<String, HikariDataSource> pools = new HashMap<>();
		Map<String, HikariDataSource> workerPools = new HashMap<>();
		configured.forEach((name, connection) -> {
			pools.put(name, pool(name, connection));
			workerPools.put(name, workerPool.of(name, connection.url(), connection.username(), connection.password()));
		});
		if (!pools.containsKey(TenantRoute.DEFAULT_SHARD)) {
			pools.put(TenantRoute.DEFAULT_SHARD, defaultPool(primary, binder));
			workerPools.put(TenantRoute.DEFAULT_SHARD, workerPool.of(TenantRoute.DEFAULT_SHARD, primary.determineUrl(),
					primary.determineUsername(), primary.determinePassword()));
		}
		// Boot instruments DataSource beans only; the pools behind the router are not, so
		// each reports itself as hikaricp_*{pool="shard-<name>"} or
		// {pool="shard-<name>-workers"}
		meters.ifAvailable((registry) -> Stream.concat(pools.values().stream(), workerPools.values().stream())
			.forEach((pool) -> pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry))));
		log.info("Tenant shards reachable from this node: {}; {} connections each for background workers",
				pools.keySet(), workerPool.size());
		return new TenantShards(Map.copyOf(pools), Map.copyOf(workerPools));
	}

	@Bean
	ShardNotifications shardNotifications(TenantShards shards) {
		return new ShardNotifications(shards, LISTEN_PAUSE);
	}

	private static HikariDataSource defaultPool(DataSourceProperties primary, Binder binder) {
		HikariDataSource pool = primary.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		binder.bind("spring.datasource.hikari", Bindable.ofInstance(pool));
		pool.setPoolName("shard-" + TenantRoute.DEFAULT_SHARD);
		return ShardSessionSettings.applyTo(pool);
	}

	// connects on first use, so a node starts while a shard it rarely serves is down
	private static HikariDataSource pool(String name, ShardConnection connection) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("shard-" + name);
		pool.setJdbcUrl(connection.url());
		pool.setUsername(connection.username());
		pool.setPassword(connection.password());
		pool.setMaximumPoolSize(connection.poolSize());
		return ShardSessionSettings.applyTo(pool);
	}

}
