package dev.rustok.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.devservices.FreePorts;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The storefront through the shared cache (docs/adr/0067), on two runtime nodes with the
 * cache on, beside this test's own node, which reads without it: answers are per shop, an
 * edit made on one node reaches the answers near-cached on the other through the outbox,
 * and reads stay right while a member joins and leaves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CachedStorefrontIT extends RuntimeIntegrationTest {

	private static final Duration PATIENCE = OutboxRows.PATIENCE;

	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private RuntimeClient one;

	private RuntimeClient two;

	@BeforeAll
	void startTwoCachingNodes() {
		ConfigurableApplicationContext first = cachingNode();
		ConfigurableApplicationContext second = cachingNode();
		this.one = new RuntimeClient(port(first, "local.server.port"));
		this.two = new RuntimeClient(port(second, "local.server.port"));
	}

	@AfterAll
	void stopThem() {
		this.nodes.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void twoShopsWithTheSameHandleAndFiltersGetTheirOwnAnswers() {
		Shop red = shop("cache-red");
		Shop blue = shop("cache-blue");
		OutboxRows.awaitDelivered(id(create(red, "Same lamp", "same-lamp", 1100)));
		OutboxRows.awaitDelivered(id(create(blue, "Same lamp", "same-lamp", 2200)));

		for (int round = 0; round < 3; round++) {
			assertThat(price(this.one.get(red.id(), "/api/store/products/same-lamp"))).isEqualTo(1100);
			assertThat(price(this.one.get(blue.id(), "/api/store/products/same-lamp"))).isEqualTo(2200);
			assertThat(this.one.get(red.id(), "/api/store/products?limit=5").body())
				.isEqualTo(this.runtime.get(red.id(), "/api/store/products?limit=5").body())
				.contains("1100")
				.doesNotContain("2200");
			assertThat(this.two.get(blue.id(), "/api/store/products?limit=5").body()).contains("2200")
				.doesNotContain("1100");
		}
	}

	@Test
	void anEditOnOneNodeReachesTheAnswersNearCachedOnTheOther() {
		Shop shop = shop("cache-edit");
		JsonNode created = create(shop, "Desk lamp", "desk-lamp", 3000);
		String list = "/api/store/products?limit=20&sort=title";
		await().atMost(PATIENCE).until(() -> this.two.get(shop.id(), list).body().contains("Desk lamp"));
		// twice: the second answer comes from node two's near cache
		this.two.get(shop.id(), "/api/store/products/desk-lamp");
		assertThat(price(this.two.get(shop.id(), "/api/store/products/desk-lamp"))).isEqualTo(3000);

		Answer edited = this.one.put(shop.id(), shop.ownerToken(),
				"/api/admin/products/" + created.get("id").asString(),
				product("Reading lamp", "desk-lamp", created.get("variants").get(0), 3500, 1));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);

		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(price(this.two.get(shop.id(), "/api/store/products/desk-lamp"))).isEqualTo(3500));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.two.get(shop.id(), list).body()).contains("Reading lamp")
				.doesNotContain("Desk lamp"));
		// the cached answers are the answers of the read model itself
		for (String path : List.of(list, "/api/store/products/desk-lamp", "/api/store/products?inStock=true")) {
			assertThat(this.two.get(shop.id(), path).json()).as(path)
				.isEqualTo(this.runtime.get(shop.id(), path).json());
			assertThat(this.one.get(shop.id(), path).json()).as(path)
				.isEqualTo(this.runtime.get(shop.id(), path).json());
		}
	}

	@Test
	void aCurrencyChangeOnOneNodeReachesTheCurrenciesCachedOnTheOther() {
		Shop shop = shop("cache-currency");
		OutboxRows.awaitDelivered(id(create(shop, "Tea lamp", "tea-lamp", 1200)));
		String inPounds = "/api/store/products?limit=5&currency=GBP";
		// twice: the second refusal comes from node two's cached currencies
		assertThat(this.two.get(shop.id(), inPounds).status()).isEqualTo(400);
		assertThat(this.two.get(shop.id(), inPounds).status()).isEqualTo(400);

		Answer added = this.one.put(shop.id(), shop.ownerToken(), "/api/admin/settings",
				"{\"currencies\": [\"EUR\", \"USD\", \"GBP\"]}");
		assertThat(added.status()).as(added.body()).isEqualTo(200);
		await().atMost(PATIENCE).until(() -> this.two.get(shop.id(), inPounds).status() == 200);

		Answer removed = this.one.put(shop.id(), shop.ownerToken(), "/api/admin/settings",
				"{\"currencies\": [\"EUR\", \"USD\"]}");
		assertThat(removed.status()).as(removed.body()).isEqualTo(200);
		await().atMost(PATIENCE).until(() -> this.two.get(shop.id(), inPounds).status() == 400);
		assertThat(this.one.get(shop.id(), inPounds).status()).isEqualTo(400);
	}

	@Test
	void readsStayRightWhileAMemberJoinsAndLeaves() throws Exception {
		Shop shop = shop("cache-churn");
		JsonNode created = create(shop, "Floor lamp", "floor-lamp", 5000);
		OutboxRows.awaitDelivered(id(created));
		String path = "/api/store/products/floor-lamp";
		// the old price is right until both nodes have answered the new one
		AtomicBoolean oldPriceAllowed = new AtomicBoolean(true);
		AtomicInteger wrong = new AtomicInteger();
		AtomicInteger reads = new AtomicInteger();
		AtomicBoolean reading = new AtomicBoolean(true);
		Thread readers = Thread.ofVirtual().start(() -> {
			while (reading.get()) {
				for (RuntimeClient node : List.of(this.one, this.two)) {
					boolean oldAllowed = oldPriceAllowed.get();
					long price = price(node.get(shop.id(), path));
					reads.incrementAndGet();
					if (price != 5500 && !(oldAllowed && price == 5000)) {
						wrong.incrementAndGet();
					}
				}
			}
		});
		int members = this.hazelcast.getCluster().getMembers().size();

		HazelcastInstance member = joinABareMember();
		await().atMost(PATIENCE).until(() -> this.hazelcast.getCluster().getMembers().size() == members + 1);
		Answer edited = this.one.put(shop.id(), shop.ownerToken(),
				"/api/admin/products/" + created.get("id").asString(),
				product("Floor lamp", "floor-lamp", created.get("variants").get(0), 5500, 1));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		await().atMost(PATIENCE)
			.until(() -> price(this.one.get(shop.id(), path)) == 5500 && price(this.two.get(shop.id(), path)) == 5500);
		oldPriceAllowed.set(false);
		member.shutdown();
		await().atMost(PATIENCE).until(() -> this.hazelcast.getCluster().getMembers().size() == members);
		int readsBefore = reads.get();
		await().atMost(PATIENCE).until(() -> reads.get() > readsBefore + 20);
		reading.set(false);
		readers.join();

		assertThat(wrong.get()).as("wrong answers out of %d reads", reads.get()).isZero();
		assertThat(reads.get()).isGreaterThan(20);
	}

	@Test
	void countsHitsAndMissesByPlanNeverByShop() {
		Shop shop = shop("cache-count");
		JsonNode created = create(shop, "Wall lamp", "wall-lamp", 900);
		// its event retires the shop's answers: after that, nothing changes them
		OutboxRows.awaitDelivered(id(created));
		String path = "/api/store/products?limit=7&sort=price_asc";
		double hitsBefore = count("list", "hit");
		double missesBefore = count("list", "miss");

		for (int read = 0; read < 5; read++) {
			assertThat(this.one.get(shop.id(), path).status()).isEqualTo(200);
		}

		assertThat(count("list", "miss") - missesBefore).isEqualTo(1);
		assertThat(count("list", "hit") - hitsBefore).isEqualTo(4);
		assertThat(meters().find("rustok.storefront.cache").meters()).isNotEmpty()
			.allSatisfy((meter) -> assertThat(meter.getId().getTags()).extracting(Tag::getKey)
				.containsExactly("kind", "plan", "result"));
	}

	private double count(String kind, String result) {
		Counter counter = meters().find("rustok.storefront.cache")
			.tags("plan", "enterprise", "kind", kind, "result", result)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	// node one's registry: its management port shows only health without a token
	private MeterRegistry meters() {
		return this.nodes.getFirst().getBean(MeterRegistry.class);
	}

	private JsonNode create(Shop shop, String title, String handle, long price) {
		Map<String, Object> product = new HashMap<>();
		product.put("title", title);
		product.put("handle", handle);
		product.put("status", "active");
		product.put("variants", List.of(Map.of("sku", CatalogApiIT.sku("LAMP"), "prices",
				List.of(Map.of("amountMinor", price, "currency", "EUR")))));
		Answer created = this.one.createProduct(shop.id(), shop.ownerToken(), RuntimeClient.json(product));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	private static String product(String title, String handle, JsonNode variant, long price, int version) {
		return RuntimeClient.json(Map.of("title", title, "handle", handle, "status", "active", "version", version,
				"variants", List.of(Map.of("id", variant.get("id").asString(), "sku", variant.get("sku").asString(),
						"prices", List.of(Map.of("amountMinor", price, "currency", "EUR"))))));
	}

	private static UUID id(JsonNode product) {
		return UUID.fromString(product.get("id").asString());
	}

	private static long price(Answer answer) {
		if (answer.status() != 200) {
			return -answer.status();
		}
		return answer.json().get("variants").get(0).get("prices").get(0).get("amountMinor").asLong();
	}

	private ConfigurableApplicationContext cachingNode() {
		List<String> arguments = new ArrayList<>(RuntimePlatform.nodeArguments(0, 0, FreePorts.next()));
		arguments.add("--rustok.storefront.cache.enabled=true");
		ConfigurableApplicationContext node = new SpringApplicationBuilder(TenantRuntimeApplication.class)
			.run(arguments.toArray(String[]::new));
		this.nodes.add(node);
		return node;
	}

	private HazelcastInstance joinABareMember() {
		int existing = this.hazelcast.getCluster().getLocalMember().getAddress().getPort();
		int port = FreePorts.next();
		return PlatformCluster.start(ClusterSettings.onLoopback(this.hazelcast.getConfig().getClusterName(), port,
				List.of("127.0.0.1:" + existing, "127.0.0.1:" + port)));
	}

	private static int port(ConfigurableApplicationContext node, String property) {
		return Integer.parseInt(node.getEnvironment().getProperty(property));
	}

}
