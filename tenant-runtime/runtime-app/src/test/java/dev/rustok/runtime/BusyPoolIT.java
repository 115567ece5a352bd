package dev.rustok.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.rustok.devservices.FreePorts;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.tenancy.TenantShards;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node whose database connections are all taken answers 503 with {@code Retry-After}
 * and stores nothing, never a 500: it is overloaded, not broken, and a client (or the
 * gateway) may try again. A small pool, a short wait, no cache, so every read needs the
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusyPoolIT extends RuntimeIntegrationTest {

	private ConfigurableApplicationContext node;

	private RuntimeClient client;

	@BeforeAll
	void startANodeWithOneConnection() {
		List<String> arguments = new ArrayList<>(RuntimePlatform.nodeArguments(0, 0, FreePorts.next()));
		arguments.add("--spring.datasource.hikari.maximum-pool-size=2");
		arguments.add("--spring.datasource.hikari.connection-timeout=250");
		arguments.add("--rustok.storefront.cache.enabled=false");
		this.node = new SpringApplicationBuilder(TenantRuntimeApplication.class).run(arguments.toArray(String[]::new));
		this.client = new RuntimeClient(Integer.parseInt(this.node.getEnvironment().getProperty("local.server.port")));
	}

	@AfterAll
	void stopIt() {
		this.node.close();
	}

	@Test
	void answers503WithRetryAfterWhileEveryConnectionIsTakenAndStoresNothing() throws Exception {
		Shop shop = shop("busy-pool");
		Answer before = this.client.get(shop.id(), "/api/store/products");
		assertThat(before.status()).isEqualTo(200);

		Answer read;
		Answer write;
		List<Connection> taken = takeEveryConnection();
		try {
			read = this.client.get(shop.id(), "/api/store/products");
			write = this.client.createProduct(shop.id(), shop.ownerToken(),
					RuntimeClient.productJson(CatalogApiIT.sku("BUSY"), "Busy lamp", 1000, "EUR"));
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}

		for (Answer busy : List.of(read, write)) {
			assertThat(busy.status()).as(busy.body()).isEqualTo(503);
			assertThat(busy.contentType()).startsWith("application/problem+json");
			assertThat(busy.header("Retry-After")).isEqualTo("1");
			assertThat(busy.json().get("detail").asString()).contains("nothing you sent was stored");
			assertThat(busy.body()).doesNotContain("Exception", "hikari", "SQL");
		}
		Answer after = this.client.get(shop.id(), "/api/store/products");
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.body()).doesNotContain("Busy lamp");
	}

	// the pool's connections that nothing else of the node holds, until it has none left
	private List<Connection> takeEveryConnection() {
		List<Connection> taken = new ArrayList<>();
		while (true) {
			try {
				taken.add(requestPool().getConnection());
			}
			catch (SQLTransientConnectionException none) {
				assertThat(taken).isNotEmpty();
				return taken;
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private DataSource requestPool() {
		Map<Object, DataSource> pools = this.node.getBean(TenantShards.class).getResolvedDataSources();
		return pools.values()
			.stream()
			.filter((pool) -> ((HikariDataSource) pool).getPoolName().equals("shard-default"))
			.findFirst()
			.orElseThrow();
	}

}
