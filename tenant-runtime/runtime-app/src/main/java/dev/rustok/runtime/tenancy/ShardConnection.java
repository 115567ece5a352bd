package dev.rustok.runtime.tenancy;

import java.util.Objects;

/**
 * How this node reaches one shard: {@code rustok.shards.<name>.url}, {@code .username}
 * and {@code .password} (the password from the environment or a secrets file, like
 * {@code spring.datasource.password}).
 */
record ShardConnection(String url, String username, String password) {

	ShardConnection {
		Objects.requireNonNull(url, "rustok.shards.<name>.url");
		username = (username != null) ? username : "postgres";
		password = (password != null) ? password : "";
	}

	@Override
	public String toString() {
		return "ShardConnection[url=" + this.url + ", username=" + this.username + "]";
	}

}
