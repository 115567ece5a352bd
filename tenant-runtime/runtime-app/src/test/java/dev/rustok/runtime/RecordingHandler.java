package dev.rustok.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.rustok.runtime.events.CatalogEvent;
import dev.rustok.runtime.events.EventEnvelope;
import dev.rustok.runtime.events.EventHandler;
import dev.rustok.runtime.events.InventoryEvent;
import dev.rustok.runtime.shared.Tenant;
import org.jooq.DSLContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * A handler whose effect is a row per event in {@code outbox_it.effect} of the default
 * shard, written in the relay's transaction: {@code applied} counts how often the effect
 * ran, so a duplicate shows as 2, a loss as no row, and {@code seq} gives the order of
 * application, {@code txid} the transaction; {@code outbox_it.stock} adds up each
 * variant's {@code StockAdjusted} deltas, a counter that a duplicate would inflate and a
 * loss leave short. A product created with a handle in {@link #poisoned} fails, like a
 * bug in a real handler. Off with {@code rustok.test.recorder=false}: a benchmark
 * measures the platform's own handlers, and this one adds two statements per event to the
 * relay.
 */
@ConditionalOnProperty(name = "rustok.test.recorder", havingValue = "true", matchIfMissing = true)
class RecordingHandler implements EventHandler {

	static final Set<String> poisoned = ConcurrentHashMap.newKeySet();

	private final DSLContext sql;

	private final String node;

	RecordingHandler(DSLContext sql, @Value("${rustok.test.node:one}") String node) {
		this.sql = sql;
		this.node = node;
		sql.execute("create schema if not exists outbox_it");
		sql.execute("""
				create table if not exists outbox_it.effect (
				  seq bigint generated always as identity, event_id uuid primary key, tenant_id text not null,
				  type text not null, aggregate_id uuid not null, aggregate_version bigint not null,
				  node text not null, applied int not null default 1)""");
		// the transaction that applied it: a batch's effects share one (docs/adr/0116)
		sql.execute("alter table outbox_it.effect add column if not exists txid bigint default txid_current()");
		sql.execute("""
				create table if not exists outbox_it.stock (
				  tenant_id text not null, variant_id uuid not null, on_hand int not null,
				  primary key (tenant_id, variant_id))""");
	}

	@Override
	public String name() {
		return "test-recorder";
	}

	@Override
	public void handle(Tenant tenant, EventEnvelope event) {
		if (event.payload() instanceof CatalogEvent.ProductCreated created && poisoned.contains(created.handle())) {
			throw new IllegalStateException("poisoned handle " + created.handle());
		}
		if (!tenant.id().equals(event.tenantId())) {
			throw new IllegalStateException("delivered for the wrong tenant");
		}
		this.sql.execute(
				"""
						insert into outbox_it.effect (event_id, tenant_id, type, aggregate_id, aggregate_version, node)
						values (?, ?, ?, ?, ?, ?) on conflict (event_id) do update set applied = outbox_it.effect.applied + 1""",
				event.id(), tenant.id().value(), event.type(), event.aggregateId(), event.aggregateVersion(),
				this.node);
		if (event.payload() instanceof InventoryEvent.StockAdjusted adjusted) {
			this.sql.execute(
					"""
							insert into outbox_it.stock (tenant_id, variant_id, on_hand) values (?, ?, ?)
							on conflict (tenant_id, variant_id) do update set on_hand = outbox_it.stock.on_hand + excluded.on_hand""",
					tenant.id().value(), adjusted.variantId(), adjusted.delta());
		}
	}

}
