package dev.rustok.runtime.tenancy;

import java.util.Objects;

/**
 * How this node reaches one shard: {@code rustok.shards.<name>.url}, {@code .username}
 * and {@code .password} (the password from the environment or a secrets file, like
 * {@code spring.datasource.password}), and {@code .pool-size}, the connections of its
 * request pool (10, as the default shard's
 * {@code spring.datasource.hikari.maximum-pool-size}).
 */
record ShardConnection(String url, String username, String password, Integer poolSize) {

	ShardConnection {
		Objects.requireNonNull(url, "rustok.shards.<name>.url");
		username = (username != null) ? username : "postgres";
		password = (password != null) ? password : "";
		poolSize = (poolSize != null) ? poolSize : 10;
		if (poolSize < 1) {
			throw new IllegalArgumentException("rustok.shards.<name>.pool-size must be positive");
		}
	}

	@Override
	public String toString() {
		return "ShardConnection[url=" + this.url + ", username=" + this.username + "]";
	}

}
