package dev.rustok.runtime.storefront;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.rustok.runtime.catalogindex.ProductDocuments;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilds of a shop's documents hold a bounded number of PostgreSQL's locks
 * (docs/adr/0119): a set of more than {@code PRODUCT_LOCKS} products, such as a
 * collection's change or a reindex batch, takes the shop's lock alone instead of one lock
 * per product, which ran the server's lock table out with thousands of products; a small
 * set shares the shop's lock and takes its products' own, so small sets of one shop still
 * run side by side, and wait for a large one.
 */
class ProductLocksIT {

	private static ScratchShop shop;

	private static List<UUID> ids;

	@BeforeAll
	static void products() {
		shop = new ScratchShop();
		shop.dsl.execute("""
				insert into t_scratch.product (id, handle, title, status, track_inventory, created_at)
				select gen_random_uuid(), 'product-' || n, 'Product ' || n, 'active', false, now()
				from generate_series(1, 3000) n""");
		ids = shop.dsl.fetch("select id from t_scratch.product order by id").getValues(0, UUID.class);
	}

	@AfterAll
	static void closeShop() {
		shop.close();
	}

	@Test
	void aRebuildOfThousandsOfProductsHoldsOneLockOfTheShop() {
		List<String> locks = shop.dsl.transactionResult((trx) -> {
			documents(trx.dsl()).rebuild(ScratchShop.TENANT, ids);
			return advisoryLocks(trx.dsl());
		});

		assertThat(locks).containsExactly("ExclusiveLock");
		assertThat(shop.dsl.fetchCount(shop.dsl.selectFrom("t_scratch.read_product"))).isEqualTo(ids.size());
	}

	@Test
	void aRebuildOfAFewProductsSharesTheShopsLockAndTakesEachProducts() {
		List<String> locks = shop.dsl.transactionResult((trx) -> {
			documents(trx.dsl()).rebuild(ScratchShop.TENANT, ids.subList(0, 3));
			return advisoryLocks(trx.dsl());
		});

		assertThat(locks).containsExactlyInAnyOrder("ShareLock", "ExclusiveLock", "ExclusiveLock", "ExclusiveLock");
	}

	@Test
	void aFewProductsWaitForALargeRebuildOfTheirShopAndNotForOtherFewProducts() throws Exception {
		try (SingleConnectionDataSource second = shop.anotherSession()) {
			DSLContext other = ScratchShop.dsl(second);
			// the large set first: the few products' rebuild queues behind it
			CompletableFuture<Void> few = shop.dsl.transactionResult((trx) -> {
				documents(trx.dsl()).rebuild(ScratchShop.TENANT, ids.subList(0, 500));
				CompletableFuture<Void> waiting = inAnotherTransaction(other, ids.subList(2_000, 2_002));
				awaitWaitingSessions(trx.dsl(), 1);
				assertThat(waiting).isNotDone();
				return waiting;
			});
			few.get(30, TimeUnit.SECONDS);

			// a few products held: other few products of the shop go ahead
			shop.dsl.transaction((trx) -> {
				documents(trx.dsl()).rebuild(ScratchShop.TENANT, ids.subList(0, 2));
				inAnotherTransaction(other, ids.subList(2_000, 2_002)).get(30, TimeUnit.SECONDS);
			});
		}
	}

	private static CompletableFuture<Void> inAnotherTransaction(DSLContext other, List<UUID> products) {
		return CompletableFuture
			.runAsync(() -> other.transaction((trx) -> documents(trx.dsl()).rebuild(ScratchShop.TENANT, products)));
	}

	private static void awaitWaitingSessions(DSLContext dsl, int count) throws InterruptedException {
		Supplier<Integer> waiting = () -> dsl.fetchCount(dsl.selectFrom("pg_locks")
			.where("locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())"));
		for (int i = 0; i < 300 && waiting.get() < count; i++) {
			Thread.sleep(100);
		}
		assertThat(waiting.get()).as("sessions waiting for an advisory lock").isEqualTo(count);
	}

	private static ProductDocuments documents(DSLContext dsl) {
		return new ProductDocuments((tenant) -> dsl);
	}

	private static List<String> advisoryLocks(DSLContext dsl) {
		return dsl.fetch("select mode from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()")
			.getValues(0, String.class);
	}

}
