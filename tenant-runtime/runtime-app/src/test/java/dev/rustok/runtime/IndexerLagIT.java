package dev.rustok.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import dev.rustok.devservices.FreePorts;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Event → read model lag under a paced, open-loop write load (issue 13):
 * {@code -Dbench.rate} writes per second (25 by default) for {@code -Dbench.seconds} (20)
 * through the admin API of this one node. Prints p50/p99/max of the lag and p50/p99 of
 * the write's own HTTP latency. A benchmark: {@code -Drustok.benchmarks=true}
 * (docs/benchmarks.md, docs/adr/0110).
 * <p>
 * {@code -Dbench.writes} says what a write is:
 * <ul>
 * <li>{@code create} (the default): a product creation. Its lag is from the product's
 * {@code created_at} (the write transaction's start) to its document's {@code indexed_at}
 * (the indexer's rebuild, {@code clock_timestamp()}), both on the database's clock.</li>
 * <li>{@code stock}: a stock correction of ±1 on the variant of one of {@value #PRODUCTS}
 * active products with tracked stock (1,000 on hand, so the variant stays available: the
 * common move);</li>
 * <li>{@code price}: a new price of that variant (an edit of the product);</li>
 * <li>{@code mix}: 70 % stock, 25 % price, 5 % creations.</li>
 * </ul>
 * For those, a write's lag runs from its first event's {@code occurred_at} (the writing
 * JVM's clock when the event was published, inside the write transaction, before its
 * commit) to the latest {@code handled_at} of the receipts its events got (the database
 * clock when a handler's receipt was inserted, {@code clock_timestamp()}, events V2): the
 * receipt is written in the handler's transaction before the handler's work, so for the
 * storefront cache, the last handler of catalogue and stock events, it is the moment it
 * took the event, its retirement of the shop's answers following its commit. The JVM and
 * PostgreSQL share the machine's clock. A write's events are those of its request (the
 * same correlation id).
 */
@EnabledIfSystemProperty(named = "rustok.benchmarks", matches = "true")
class IndexerLagIT extends RuntimeNodeTest {

	// without the tests' RecordingHandler (two statements per event in the relay, not a
	// handler of the platform's), which makes this an application context of its own: a
	// member of the tests' cluster with its own ports, as CheckoutPaymentIT's
	private static final int CLUSTER_PORT = FreePorts.next();

	private static final int MANAGEMENT_PORT = FreePorts.next();

	@DynamicPropertySource
	static void node(DynamicPropertyRegistry registry) {
		RuntimePlatform.anotherNode(registry, CLUSTER_PORT, MANAGEMENT_PORT);
		registry.add("rustok.test.recorder", () -> "false");
	}

	// one rate, or several run one after the other in this JVM ("100,250,500")
	private static final List<Integer> RATES = java.util.Arrays
		.stream(System.getProperty("bench.rate", "25").split(","))
		.map(String::trim)
		.map(Integer::valueOf)
		.toList();

	private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

	private static final String WRITES = System.getProperty("bench.writes", "create");

	private static final int PRODUCTS = 200;

	private static final int STOCK = 1_000;

	// writes waiting for their answer at most: past it the node is saturated, and the
	// next slots wait (the rate done says so) instead of piling up requests until the
	// JVM runs out of memory, as 500 stock writes/s did on a slower machine
	private static final int MAX_IN_FLIGHT = 256;

	@Autowired
	ObjectProvider<RecordingHandler> recorder;

	@Test
	void printsTheLagFromAWriteToItsDocument() throws Exception {
		assertThat(this.recorder.getIfAvailable()).as("the tests' recording handler").isNull();
		// every rate runs and prints before the answers are judged
		SoftAssertions answers = new SoftAssertions();
		for (int rate : RATES) {
			if (WRITES.equals("create")) {
				creations(rate, answers);
			}
			else {
				moves(Kind.of(WRITES), rate, answers);
			}
		}
		answers.assertAll();
	}

	private void creations(int rate, SoftAssertions answers) throws Exception {
		Shop shop = shop("lag-" + rate);
		String token = shop.ownerToken();
		int writes = rate * SECONDS;
		ConcurrentLinkedQueue<Long> writeNanos = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Integer> failures = new ConcurrentLinkedQueue<>();
		Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
		long start = System.nanoTime();
		try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < writes; i++) {
				// paced open-loop: each write starts on its slot, however slow the
				// others; a thread is started on the slot, not parked until it (10,000
				// parked virtual threads kept their stacks on the heap, and the node's
				// young collections copied them: 40-90 ms pauses)
				LockSupport.parkNanos(start + i * 1_000_000_000L / rate - System.nanoTime());
				inFlight.acquire();
				int n = i;
				writers.submit(() -> {
					try {
						long sent = System.nanoTime();
						var answer = this.runtime.createProduct(shop.id(), token, creation(n));
						writeNanos.add(System.nanoTime() - sent);
						if (answer.status() != 201) {
							failures.add(answer.status());
						}
					}
					finally {
						inFlight.release();
					}
				});
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		String schema = "\"" + shop.route().schema() + "\"";
		JdbcClient sql = JdbcClient.create(RuntimePlatform.DATABASE.dataSource());
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> sql.sql("select count(*) from " + schema + ".read_product").query(Long.class).single(),
					(count) -> count == writes - failures.size());
		List<Double> lags = sql
			.sql("select extract(epoch from r.indexed_at - p.created_at) * 1000 from " + schema
					+ ".read_product r join " + schema + ".product p on p.id = r.product_id order by 1")
			.query(Double.class)
			.list();
		List<Long> sorted = new ArrayList<>(writeNanos);
		sorted.sort(null);
		System.out.printf(
				"indexer lag: %d creations at %d/s offered (%.0f/s done) over %.1f s, %d failed: lag p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
						+ " create p50 %.1f ms, p99 %.1f ms%n",
				writes, rate, writes / seconds, seconds, failures.size(), lags.get(lags.size() / 2),
				lags.get((int) (lags.size() * 0.99)), lags.getLast(), sorted.get(sorted.size() / 2) / 1e6,
				sorted.get((int) (sorted.size() * 0.99)) / 1e6);
		answers.assertThat(failures).isEmpty();
		answers.assertThat(lags).hasSize(writes);
	}

	private void moves(Kind kind, int rate, SoftAssertions answers) throws Exception {
		Shop shop = shop("lag-" + kind.name().toLowerCase() + "-" + rate);
		JdbcClient sql = JdbcClient.create(RuntimePlatform.DATABASE.dataSource());
		List<Product> products = products(shop);
		// the set-up's events are delivered before the clock starts
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> pending(sql, shop) == 0);
		long after = sql.sql("select coalesce(max(position), 0) from rustok_events.outbox_event")
			.query(Long.class)
			.single();
		String token = shop.ownerToken();
		int writes = rate * SECONDS;
		// a profiler can start on this line (docs/benchmarks.md)
		System.out.printf("read model lag: %s writes at %d/s start%n", kind.name().toLowerCase(), rate);
		ConcurrentLinkedQueue<Long> writeNanos = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		// a product is edited by one write at a time: each edit names the version it
		// read
		ConcurrentLinkedQueue<Product> idle = new ConcurrentLinkedQueue<>(products);
		Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
		long start = System.nanoTime();
		try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < writes; i++) {
				// on its slot, as creations(): not a parked thread per write
				LockSupport.parkNanos(start + i * 1_000_000_000L / rate - System.nanoTime());
				inFlight.acquire();
				int n = i;
				writers.submit(() -> {
					ThreadLocalRandom random = ThreadLocalRandom.current();
					Kind drawn = kind.next(random);
					Product edited = (drawn == Kind.PRICE) ? idle.poll() : null;
					// every product being edited already: a stock move instead
					Kind write = (drawn == Kind.PRICE && edited == null) ? Kind.STOCK : drawn;
					long sent = System.nanoTime();
					try {
						RuntimeClient.Answer answer = switch (write) {
							case STOCK -> this.runtime.post(shop.id(), token,
									"/api/admin/inventory/variants/" + products.get(random.nextInt(PRODUCTS)).variant()
											+ "/adjustments",
									"{\"delta\":" + (random.nextBoolean() ? 1 : -1) + ",\"reason\":\"correction\"}");
							case PRICE -> this.runtime.put(shop.id(), token, "/api/admin/products/" + edited.id(),
									edited.repriced(100 + random.nextInt(10_000)));
							default -> this.runtime.createProduct(shop.id(), token, creation(n));
						};
						writeNanos.add(System.nanoTime() - sent);
						if (answer.status() / 100 != 2) {
							failures.add(write + " " + answer.status() + " " + answer.body());
						}
						else if (edited != null) {
							edited.version = answer.json().get("version").asInt();
						}
					}
					catch (RuntimeException unanswered) {
						// the client gave up (a submitted task's exception is otherwise
						// lost)
						failures.add(write + " " + unanswered);
					}
					finally {
						if (edited != null) {
							idle.add(edited);
						}
						inFlight.release();
					}
				});
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> pending(sql, shop) == 0);
		long events = sql.sql("select count(*) from rustok_events.outbox_event where tenant_id = ? and position > ?")
			.params(shop.id(), after)
			.query(Long.class)
			.single();
		long unhandled = sql.sql("select count(*) from rustok_events.outbox_event e where e.tenant_id = ? "
				+ "and e.position > ? and not exists (select 1 from rustok_events.handled_event h where h.event_id = e.id)")
			.params(shop.id(), after)
			.query(Long.class)
			.single();
		List<Double> lags = sql
			.sql("select extract(epoch from max(h.handled_at) - min(e.occurred_at)) * 1000 "
					+ "from rustok_events.outbox_event e join rustok_events.handled_event h on h.event_id = e.id "
					+ "where e.tenant_id = ? and e.position > ? group by e.correlation_id order by 1")
			.params(shop.id(), after)
			.query(Double.class)
			.list();
		List<Long> sorted = new ArrayList<>(writeNanos);
		sorted.sort(null);
		System.out.printf(
				"read model lag: %d %s writes (%d events) at %d/s offered (%.0f/s done) over %.1f s, %d failed: lag p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
						+ " write p50 %.1f ms, p99 %.1f ms%n",
				writes, kind.name().toLowerCase(), events, rate, writes / seconds, seconds, failures.size(),
				lags.get(lags.size() / 2), lags.get((int) (lags.size() * 0.99)), lags.getLast(),
				sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
		answers.assertThat(failures.size())
			.as("failed writes, such as %s", failures.stream().limit(3).toList())
			.isZero();
		answers.assertThat(unhandled).as("events no handler took").isZero();
		answers.assertThat(lags).as("writes with handled events").hasSize(writes);
	}

	// active products with tracked stock, one variant each, STOCK on hand
	private List<Product> products(Shop shop) {
		String token = shop.ownerToken();
		List<Product> products = new ArrayList<>();
		for (int i = 0; i < PRODUCTS; i++) {
			String sku = "LAG-" + UUID.randomUUID();
			String title = "Lag " + i;
			RuntimeClient.Answer created = this.runtime.createProduct(shop.id(), token, RuntimeClient.json(Map.of(
					"title", title, "status", "active", "trackInventory", true, "variants",
					List.of(Map.of("sku", sku, "prices", List.of(Map.of("currency", "EUR", "amountMinor", 1000)))))));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			UUID id = UUID.fromString(created.json().get("id").asString());
			UUID variant = UUID.fromString(created.json().get("variants").get(0).get("id").asString());
			RuntimeClient.Answer stocked = this.runtime.post(shop.id(), token,
					"/api/admin/inventory/variants/" + variant + "/adjustments",
					"{\"delta\":" + STOCK + ",\"reason\":\"received\"}");
			assertThat(stocked.status()).as(stocked.body()).isEqualTo(201);
			products.add(new Product(id, variant, sku, title, created.json().get("version").asInt()));
		}
		return products;
	}

	private static long pending(JdbcClient sql, Shop shop) {
		return sql.sql("select count(*) from rustok_events.outbox_event where tenant_id = ? and delivered_at is null")
			.param(shop.id())
			.query(Long.class)
			.single();
	}

	private static String creation(int n) {
		return RuntimeClient.json(Map.of("title", "Lag " + n, "status", "active", "trackInventory", false, "variants",
				List.of(Map.of("sku", "LAG-" + UUID.randomUUID(), "prices",
						List.of(Map.of("currency", "EUR", "amountMinor", 100))))));
	}

	private enum Kind {

		STOCK, PRICE, CREATE, MIX;

		static Kind of(String name) {
			return valueOf(name.toUpperCase());
		}

		Kind next(ThreadLocalRandom random) {
			if (this != MIX) {
				return this;
			}
			int draw = random.nextInt(100);
			return (draw < 70) ? STOCK : (draw < 95) ? PRICE : CREATE;
		}

	}

	/** A product of the set-up; {@link #version} is the one its next edit names. */
	private static final class Product {

		private final UUID id;

		private final UUID variant;

		private final String sku;

		private final String title;

		private volatile int version;

		Product(UUID id, UUID variant, String sku, String title, int version) {
			this.id = id;
			this.variant = variant;
			this.sku = sku;
			this.title = title;
			this.version = version;
		}

		UUID id() {
			return this.id;
		}

		UUID variant() {
			return this.variant;
		}

		// the same product at a new price, its variant kept (and with it its stock)
		String repriced(long amountMinor) {
			return RuntimeClient.json(Map.of("title", this.title, "status", "active", "trackInventory", true, "version",
					this.version, "variants", List.of(Map.of("id", this.variant, "sku", this.sku, "prices",
							List.of(Map.of("currency", "EUR", "amountMinor", amountMinor))))));
		}

	}

}
