package dev.rustok.runtime.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

/**
 * The shard's {@code rustok_webhooks.webhook_due}: the shops with deliveries due, so a
 * node asks one table which tenant schemas to look into (docs/adr/0070). Plain SQL with
 * bind values on the caller's transaction; the schema name is fixed, no tenant name is
 * ever rendered.
 */
@Component
class JooqDueShops {

	private static final String CLAIM = """
			with due as (
			  select tenant_id from rustok_webhooks.webhook_due
			  where due_at <= now() order by due_at limit ? for update skip locked)
			update rustok_webhooks.webhook_due d set due_at = now() + make_interval(secs => ?)
			from due where d.tenant_id = due.tenant_id
			returning d.tenant_id
			""";

	private final DSLContext sql;

	JooqDueShops(DSLContext sql) {
		this.sql = sql;
	}

	/** The shop has a delivery due now; in the transaction that stored it. */
	void dueNow(String tenantId) {
		// least() ignores a null: a shop with nothing due becomes due now
		this.sql.execute("""
				insert into rustok_webhooks.webhook_due (tenant_id, due_at) values (?, now())
				on conflict (tenant_id) do update set due_at = least(webhook_due.due_at, excluded.due_at)
				""", tenantId);
	}

	/** Shops with work due, leased to the caller so other nodes take others meanwhile. */
	List<String> claim(int limit, Duration lease) {
		return this.sql.resultQuery(CLAIM, limit, lease.toMillis() / 1000.0).fetch().getValues(0, String.class);
	}

	/**
	 * Locks the shop's row until the caller commits, so a delivery stored meanwhile is
	 * either seen by the caller's next statement or sets the row after it.
	 */
	void lock(String tenantId) {
		this.sql.execute("select 1 from rustok_webhooks.webhook_due where tenant_id = ? for update", tenantId);
	}

	/**
	 * How long until the earliest shop of this shard comes due (zero when one is due
	 * already); empty when none has anything due. Times are the database's, as in
	 * {@link #claim}.
	 */
	Optional<Duration> untilEarliest() {
		// min() of no rows is null, and so is the difference; greatest() would skip a
		// null and answer 0, "due now", and the worker would go round without a pause
		Long millis = this.sql.resultQuery("""
				select ceil(extract(epoch from (min(due_at) - now())) * 1000)::bigint
				from rustok_webhooks.webhook_due where due_at is not null
				""").fetchOne(0, Long.class);
		return Optional.ofNullable(millis).map((until) -> Duration.ofMillis(Math.max(0, until)));
	}

	/** Every shop with a row, due or not. */
	List<String> shops() {
		return this.sql.resultQuery("select tenant_id from rustok_webhooks.webhook_due")
			.fetch()
			.getValues(0, String.class);
	}

	/**
	 * Deletes the rows of those shops whose schema (given per shop, in the same order)
	 * does not exist: the shop was deleted or abandoned (docs/adr/0098). The schema is
	 * looked for in the same statement, so a shop provisioned again meanwhile keeps its
	 * row. The shops whose rows went.
	 */
	List<String> forgetWithoutSchema(List<String> tenantIds, List<String> schemas) {
		return this.sql.resultQuery("""
				delete from rustok_webhooks.webhook_due d
				using unnest(?::text[], ?::text[]) as shop(tenant_id, schema_name)
				where d.tenant_id = shop.tenant_id
				  and not exists (select 1 from pg_catalog.pg_namespace n where n.nspname = shop.schema_name)
				returning d.tenant_id
				""", tenantIds.toArray(String[]::new), schemas.toArray(String[]::new))
			.fetch()
			.getValues(0, String.class);
	}

	void dueAt(String tenantId, Instant due) {
		this.sql.execute("update rustok_webhooks.webhook_due set due_at = ?::timestamptz where tenant_id = ?",
				(due != null) ? due.atOffset(ZoneOffset.UTC) : (OffsetDateTime) null, tenantId);
	}

}
