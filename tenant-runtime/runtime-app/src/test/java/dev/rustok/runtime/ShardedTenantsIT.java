package dev.rustok.runtime;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.devservices.Database;
import dev.rustok.devservices.FreePorts;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.devservices.PostgresServer;
import dev.rustok.provisioning.KeycloakTenantRealms;
import dev.rustok.provisioning.OwnerPassword;
import dev.rustok.provisioning.ProvisioningProgress;
import dev.rustok.provisioning.ProvisioningSettings;
import dev.rustok.provisioning.TenantOrder;
import dev.rustok.provisioning.TenantProvisioning;
import dev.rustok.runtime.RuntimeClient.Answer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node configured with two shards (two real databases): shop A lives on the default
 * shard, shop B on shard {@code second}; each request reads and writes its own shop's
 * database only, and a shop on a shard the node does not know is a 503, not a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShardedTenantsIT {

	private static final Database SECOND_SHARD = PostgresServer.shared().createDatabase("runtime_shard");

	private static final int CLUSTER_PORT = FreePorts.next();

	private static final String PASSWORD = "owner-pass-" + UUID.randomUUID();

	private static TenantProvisioning onDefault;

	private static TenantProvisioning onSecond;

	// the shared Keycloak outlives the run: every shop made here is abandoned at the end
	private static final List<Runnable> abandons = new CopyOnWriteArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	HazelcastInstance hazelcast;

	@Autowired
	MeterRegistry meters;

	RuntimeClient runtime;

	@DynamicPropertySource
	static void twoShards(DynamicPropertyRegistry registry) {
		Database first = RuntimePlatform.DATABASE;
		registry.add("spring.datasource.url", first::jdbcUrl);
		registry.add("spring.datasource.username", first::username);
		registry.add("spring.datasource.password", first::password);
		registry.add("rustok.shards.second.url", SECOND_SHARD::jdbcUrl);
		registry.add("rustok.shards.second.username", SECOND_SHARD::username);
		registry.add("rustok.shards.second.password", SECOND_SHARD::password);
		registry.add("rustok.cluster.name", () -> "sharded-it-" + CLUSTER_PORT);
		registry.add("rustok.cluster.port", () -> CLUSTER_PORT);
		registry.add("rustok.cluster.members", () -> "127.0.0.1:" + CLUSTER_PORT);
		registry.add("rustok.gateway.secret", () -> RuntimePlatform.GATEWAY_SECRET);
		registry.add("rustok.keycloak.url", RuntimePlatform.KEYCLOAK::baseUrl);
		registry.add("management.server.port", FreePorts::next);
	}

	@BeforeEach
	void connect() {
		this.runtime = new RuntimeClient(this.port);
		if (onDefault == null) {
			onDefault = provisioning(TenantRoute.DEFAULT_SHARD, RuntimePlatform.DATABASE.dataSource());
			onSecond = provisioning("second", SECOND_SHARD.dataSource());
		}
	}

	@AfterAll
	static void removeShopsAndTheSecondShard() {
		abandons.forEach(Runnable::run);
		SECOND_SHARD.drop();
	}

	@Test
	void eachShopReadsAndWritesOnlyItsOwnShard() {
		TenantOrder a = shop(TenantRoute.DEFAULT_SHARD);
		TenantOrder b = shop("second");
		String skuA = "ON-DEFAULT-" + UUID.randomUUID().toString().substring(0, 8);
		String skuB = "ON-SECOND-" + UUID.randomUUID().toString().substring(0, 8);

		assertThat(this.runtime.createProduct(a.slug(), token(a), RuntimeClient.productJson(skuA, "A's", 100, "EUR"))
			.status()).isEqualTo(201);
		assertThat(this.runtime.createProduct(b.slug(), token(b), RuntimeClient.productJson(skuB, "B's", 200, "EUR"))
			.status()).isEqualTo(201);

		assertThat(titles(this.runtime.get(a.slug(), token(a), "/api/admin/products?limit=100")))
			.containsExactly("A's");
		assertThat(titles(this.runtime.get(b.slug(), token(b), "/api/admin/products?limit=100")))
			.containsExactly("B's");
		assertThat(storedSkus(RuntimePlatform.DATABASE.dataSource(), a)).containsExactly(skuA);
		assertThat(storedSkus(SECOND_SHARD.dataSource(), b)).containsExactly(skuB);
		assertThat(schemaExists(RuntimePlatform.DATABASE.dataSource(), b)).as("B's schema on the default shard")
			.isFalse();
		assertThat(schemaExists(SECOND_SHARD.dataSource(), a)).as("A's schema on the second shard").isFalse();
		assertThat(this.meters.find("hikaricp.connections").tag("pool", "shard-second").gauge())
			.as("the second shard's pool in the metrics")
			.isNotNull();
	}

	@Test
	void aShopOnAShardThisNodeDoesNotKnowIsUnavailableWithAProblem() {
		TenantOrder b = shop("second");
		TenantRoute published = TenantRouteMaps.byTenantId(this.hazelcast).get(b.slug());
		TenantRouteMaps.byTenantId(this.hazelcast)
			.set(b.slug(), new TenantRoute(published.host(), published.tenantId(), TenantStatus.ACTIVE,
					published.realm(), published.plan(), published.schema(), "nowhere"));

		Answer answer = this.runtime.get(b.slug(), "/");

		assertThat(answer.status()).isEqualTo(503);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.body()).contains("database").doesNotContain("nowhere", "Exception", "jdbc:");
	}

	private TenantOrder shop(String shard) {
		TenantProvisioning provisioning = shard.equals("second") ? onSecond : onDefault;
		String slug = "shard-" + UUID.randomUUID().toString().substring(0, 8);
		TenantOrder order = new TenantOrder(slug, "Shop " + slug, "owner@" + slug + ".example",
				OwnerPassword.hash(PASSWORD.toCharArray()), "trial");
		TenantRoute route = provisioning.provision(order, ProvisioningProgress.none());
		abandons.add(() -> provisioning.abandon(order));
		assertThat(route.shard()).isEqualTo(shard);
		return order;
	}

	private TenantProvisioning provisioning(String shard, DataSource dataSource) {
		ProvisioningSettings settings = new ProvisioningSettings(RuntimePlatform.KEYCLOAK.baseUrl(),
				RuntimePlatform.KEYCLOAK.adminUsername(), RuntimePlatform.KEYCLOAK.adminPassword(), "localhost")
			.withDevPasswordGrantClient();
		return new TenantProvisioning(shard, dataSource, this.hazelcast, settings, KeycloakTenantRealms.of(settings));
	}

	private static String token(TenantOrder order) {
		return new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(order.realm(), order.ownerEmail(), PASSWORD);
	}

	private static List<String> titles(Answer answer) {
		assertThat(answer.status()).isEqualTo(200);
		return answer.json().get("items").findValuesAsString("title");
	}

	private static List<String> storedSkus(DataSource shard, TenantOrder order) {
		return JdbcClient.create(shard)
			.sql("select sku from \"" + TenantNames.schema(order.slug()) + "\".product_variant order by sku")
			.query(String.class)
			.list();
	}

	private static boolean schemaExists(DataSource shard, TenantOrder order) {
		return JdbcClient.create(shard)
			.sql("select count(*) from information_schema.schemata where schema_name = ?")
			.param(TenantNames.schema(order.slug()))
			.query(Integer.class)
			.single() == 1;
	}

}
