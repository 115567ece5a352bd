package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.StockChange;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rough figures for docs/benchmarks.md, printed, never asserted against a clock: add to
 * cart and checkout completion (manual provider) through HTTP on the test runtime, with 1
 * and 16 shoppers at once. Every call must succeed and every order be stored. A
 * benchmark: {@code -Drustok.benchmarks=true} (docs/benchmarks.md).
 */
@EnabledIfSystemProperty(named = "rustok.benchmarks", matches = "true")
class CheckoutLatencyIT extends RuntimeIntegrationTest {

	@Autowired
	Inventory inventory;

	@Test
	void printsAddToCartAndCheckoutLatenciesAtOneAndSixteenShoppers() throws Exception {
		Shop shop = shop("checkout-latency");
		this.runtime.put(shop.id(), shop.ownerToken(), "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard\",\"currency\":\"EUR\",\"rateMinor\":490}");
		UUID mug = Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300);
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		this.inventory.adjust(tenant, new VariantId(mug), StockChange.of(null, 100_000, "received", null), "bench");
		run(shop, mug, 1, 20);
		int before = Merchandise.count(shop.route().schema(), "order_header");
		for (int shoppers : new int[] { 1, 16 }) {
			run(shop, mug, shoppers, shoppers == 1 ? 40 : 96);
		}
		assertThat(Merchandise.count(shop.route().schema(), "order_header")).isEqualTo(before + 40 + 96);
	}

	private void run(Shop shop, UUID mug, int shoppers, int purchases) throws Exception {
		List<Long> adds = Collections.synchronizedList(new ArrayList<>());
		List<Long> completions = Collections.synchronizedList(new ArrayList<>());
		List<Callable<Void>> buyers = new ArrayList<>();
		for (int i = 0; i < purchases; i++) {
			buyers.add(() -> {
				Shopper shopper = new Shopper(this.runtime, shop.id());
				shopper.post("/api/store/cart", "{}");
				long start = System.nanoTime();
				Answer added = shopper.post("/api/store/cart/lines", CheckoutApiIT.line(mug, 1));
				adds.add(System.nanoTime() - start);
				shopper.post("/api/store/checkout", CheckoutApiIT.ADDRESS);
				shopper.put("/api/store/checkout/shipping", "{\"method\":\"standard\"}");
				start = System.nanoTime();
				Answer completed = shopper.complete("bench-" + UUID.randomUUID());
				completions.add(System.nanoTime() - start);
				assertThat(added.status()).isEqualTo(200);
				assertThat(completed.status()).as(completed.body()).isEqualTo(201);
				return null;
			});
		}
		long started = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(shoppers)) {
			for (Future<Void> buyer : pool.invokeAll(buyers)) {
				buyer.get();
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(
				"BENCH checkout shoppers=%d purchases=%d add-to-cart p50=%.1f ms p99=%.1f ms;"
						+ " complete p50=%.1f ms p99=%.1f ms; %.1f purchases/s (whole flow)%n",
				shoppers, purchases, percentile(adds, 50), percentile(adds, 99), percentile(completions, 50),
				percentile(completions, 99), purchases / seconds);
	}

	private static double percentile(List<Long> nanos, int percent) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
