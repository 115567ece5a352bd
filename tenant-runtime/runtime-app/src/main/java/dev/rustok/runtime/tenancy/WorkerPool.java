package dev.rustok.runtime.tenancy;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.worker-pool.*}: the connection pool of each shard that the background
 * workers (the outbox relay, the webhook worker) take their connections from, beside the
 * requests' pool (docs/adr/0102).
 *
 * @param size its connections per shard and node; the relay's delivery threads and the
 * webhook worker's stores take turns on them
 * @param connectionTimeout how long a worker waits for one before its round fails and is
 * tried again
 */
record WorkerPool(@DefaultValue("3") int size, @DefaultValue("PT30S") Duration connectionTimeout) {

	WorkerPool {
		if (size < 1) {
			throw new IllegalArgumentException("rustok.worker-pool.size must be positive");
		}
	}

	// connects on first use, like the request pools
	HikariDataSource of(String shard, String url, String username, String password) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("shard-" + shard + "-workers");
		pool.setJdbcUrl(url);
		pool.setUsername(username);
		pool.setPassword(password);
		pool.setMaximumPoolSize(this.size);
		pool.setMinimumIdle(1);
		pool.setConnectionTimeout(this.connectionTimeout.toMillis());
		return ShardSessionSettings.applyTo(pool);
	}

}
