package dev.rustok.runtime.catalogindex;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.ServedTenants;
import dev.rustok.runtime.tenancy.TenantDsl;
import dev.rustok.runtime.tenancy.TenantShards;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every document of a shop, or of every shop, from the write model while the
 * storefront keeps reading (docs/adr/0066): one short transaction per batch of products,
 * so readers see each document replaced in place, never an empty table. The indexer may
 * rebuild the same product meanwhile; the per-product lock orders them, and both build
 * from the current rows, so either order ends the same.
 */
@Service
public class Reindexing {

	static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(Reindexing.class);

	private final ProductDocuments documents;

	private final Function<Tenant, DSLContext> dsl;

	private final ServedTenants tenants;

	private final TenantShards shards;

	private final TransactionTemplate transactions;

	private final AtomicReference<FleetProgress> fleet = new AtomicReference<>(FleetProgress.idle());

	Reindexing(ProductDocuments documents, TenantDsl dsl, ServedTenants tenants, TenantShards shards,
			PlatformTransactionManager transactionManager) {
		this.documents = documents;
		this.dsl = dsl::of;
		this.tenants = tenants;
		this.shards = shards;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Starts the shop's reindex in the background unless one runs already; the caller is
	 * bound to the shop's shard (a request is).
	 */
	public ReindexProgress start(Tenant tenant) {
		int total = this.documents.productCount(tenant);
		boolean claimed = this.transactions
			.execute((status) -> new JooqReindexLog(this.dsl.apply(tenant)).claim(total));
		if (claimed) {
			Thread.ofVirtual()
				.name("reindex-" + tenant.id().value())
				.start(() -> TenantShards.on(tenant.shard(), () -> {
					run(tenant);
					return null;
				}));
		}
		return progress(tenant);
	}

	public ReindexProgress progress(Tenant tenant) {
		return new JooqReindexLog(this.dsl.apply(tenant)).read();
	}

	/**
	 * Reindexes every shop this node can reach, one after the other, in the background.
	 */
	public FleetProgress startAll() {
		List<Tenant> all = this.tenants.all().stream().filter((tenant) -> this.shards.knows(tenant.shard())).toList();
		FleetProgress started = FleetProgress.running(all.size());
		FleetProgress current = this.fleet.get();
		if (current.running() || !this.fleet.compareAndSet(current, started)) {
			return this.fleet.get();
		}
		Thread.ofVirtual().name("reindex-all").start(() -> {
			for (Tenant tenant : all) {
				try {
					TenantShards.on(tenant.shard(), () -> {
						int total = this.documents.productCount(tenant);
						if (this.transactions
							.execute((status) -> new JooqReindexLog(this.dsl.apply(tenant)).claim(total))) {
							run(tenant);
						}
						return null;
					});
					this.fleet.updateAndGet((progress) -> progress.shopDone(false));
				}
				catch (RuntimeException failure) {
					log.error("Reindex of {} failed", tenant.id().value(), failure);
					this.fleet.updateAndGet((progress) -> progress.shopDone(true));
				}
			}
			this.fleet.updateAndGet(FleetProgress::finished);
		});
		return started;
	}

	public FleetProgress fleetProgress() {
		return this.fleet.get();
	}

	/** Runs the claimed reindex to its end, bound to the shop's shard. */
	void run(Tenant tenant) {
		JooqReindexLog reindexLog = new JooqReindexLog(this.dsl.apply(tenant));
		try {
			UUID after = null;
			List<UUID> batch;
			do {
				batch = this.documents.productIds(tenant, after, BATCH);
				List<UUID> ids = batch;
				this.transactions.executeWithoutResult((status) -> {
					this.documents.rebuild(tenant, ids);
					reindexLog.advance(ids.size());
				});
				after = batch.isEmpty() ? after : batch.getLast();
			}
			while (batch.size() == BATCH);
			// documents of products deleted meanwhile without their event applied yet
			List<UUID> orphans;
			do {
				orphans = this.documents.orphans(tenant, BATCH);
				List<UUID> ids = orphans;
				this.transactions.executeWithoutResult((status) -> this.documents.rebuild(tenant, ids));
			}
			while (orphans.size() == BATCH);
			this.transactions.executeWithoutResult((status) -> reindexLog.finish(null));
			log.info("Reindexed the products of {}", tenant.id().value());
		}
		catch (RuntimeException failure) {
			log.error("Reindex of {} failed", tenant.id().value(), failure);
			String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
			this.transactions.executeWithoutResult(
					(status) -> reindexLog.finish(error.length() > 2000 ? error.substring(0, 2000) : error));
		}
	}

	/**
	 * How far a reindex of every shop has come on this node.
	 *
	 * @param state {@code idle}, {@code running} or {@code done}
	 * @param shops the shops to reindex
	 * @param done the shops reindexed (or failed)
	 * @param failed the shops whose reindex failed
	 */
	public record FleetProgress(String state, int shops, int done, int failed) {

		static FleetProgress idle() {
			return new FleetProgress("idle", 0, 0, 0);
		}

		static FleetProgress running(int shops) {
			return new FleetProgress("running", shops, 0, 0);
		}

		FleetProgress shopDone(boolean failure) {
			return new FleetProgress(this.state, this.shops, this.done + 1, this.failed + (failure ? 1 : 0));
		}

		FleetProgress finished() {
			return new FleetProgress("done", this.shops, this.done, this.failed);
		}

		public boolean running() {
			return "running".equals(this.state);
		}

		public int percent() {
			return (this.shops == 0) ? 100 : (int) ((this.done * 100L) / this.shops);
		}

	}

}
