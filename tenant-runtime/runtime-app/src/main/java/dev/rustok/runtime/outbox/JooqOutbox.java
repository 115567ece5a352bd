package dev.rustok.runtime.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.rustok.runtime.events.EventEnvelope;
import org.jooq.DSLContext;
import org.jooq.Record;

import org.springframework.stereotype.Component;

/**
 * The shard's {@code rustok_events} tables, on whatever connection the caller's
 * transaction holds. Plain SQL with bind values: the schema name is fixed (no tenant name
 * is ever rendered) and the claim is one statement that reads best as SQL
 * (docs/adr/0055).
 */
@Component
class JooqOutbox {

	private static final String COLUMNS = "id, tenant_id, type, schema_version, aggregate_type, aggregate_id, "
			+ "aggregate_version, occurred_at, correlation_id, causation_id, payload";

	// what both claims do with the events they chose
	private static final String CLAIMED = """
			update rustok_events.outbox_event e set next_attempt_at = now() + make_interval(secs => ?)
			from claimable c where e.position = c.position
			returning e.position, e.id, e.tenant_id, e.type, e.schema_version, e.aggregate_type, e.aggregate_id,
			  e.aggregate_version, e.occurred_at, e.correlation_id, e.causation_id, e.payload::text, e.attempts
			""";

	// the head of each aggregate's queue only: an event waits while an earlier one of its
	// aggregate is undelivered (claimed elsewhere, backing off), which keeps the order
	private static final String CLAIM = """
			with claimable as (
			  select e.position from rustok_events.outbox_event e
			  where e.delivered_at is null and e.next_attempt_at <= now()
			    and not exists (select 1 from rustok_events.outbox_event p
			      where p.delivered_at is null and p.tenant_id = e.tenant_id
			        and p.aggregate_type = e.aggregate_type and p.aggregate_id = e.aggregate_id
			        and p.position < e.position)
			  order by e.position
			  limit ?
			  for update skip locked)
			""" + CLAIMED;

	// The same heads among the oldest pending events only. Every earlier pending event of
	// an aggregate in the window is in the window too, so a head there is a head of the
	// whole queue; the cost is bounded by the window, where the query above probes every
	// pending event when a backlog has built up and the planner's estimate of the
	// pending rows is stale (docs/adr/0100)
	private static final String CLAIM_IN_WINDOW = """
			with oldest as (
			  select position, next_attempt_at, row_number() over (
			      partition by tenant_id, aggregate_type, aggregate_id order by position) as place
			  from (select position, tenant_id, aggregate_type, aggregate_id, next_attempt_at
			    from rustok_events.outbox_event where delivered_at is null
			    order by position limit ?) pending),
			claimable as (
			  select e.position from rustok_events.outbox_event e join oldest o on o.position = e.position
			  where o.place = 1 and e.next_attempt_at <= now() and e.delivered_at is null
			  order by e.position
			  limit ?
			  for update of e skip locked)
			""" + CLAIMED;

	// pending events the windowed claim looks at, per event it may claim
	private static final int WINDOW_PER_EVENT = 10;

	private final DSLContext sql;

	JooqOutbox(DSLContext sql) {
		this.sql = sql;
	}

	void append(EventEnvelope event, String payload) {
		this.sql.execute(
				"insert into rustok_events.outbox_event (" + COLUMNS
						+ ") values (?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?, ?::jsonb)",
				event.id(), event.tenantId().value(), event.type(), event.schemaVersion(), event.aggregateType(),
				event.aggregateId(), event.aggregateVersion(), utc(event.occurredAt()), event.correlationId(),
				event.causationId(), payload);
	}

	/**
	 * Claims up to {@code batchSize} heads of their aggregates' queues, oldest first, for
	 * {@code lease}. Looks among the oldest pending events first; only when that finds
	 * fewer than a batch (a small backlog, or heads held up by retries or other nodes)
	 * does it look at every pending event. Events this transaction claimed are not
	 * claimable again in it: their next attempt is after its {@code now()}.
	 */
	List<StoredEvent> claim(int batchSize, Duration lease) {
		double seconds = lease.toMillis() / 1000.0;
		List<StoredEvent> claimed = new ArrayList<>(
				this.sql.resultQuery(CLAIM_IN_WINDOW, batchSize * WINDOW_PER_EVENT, batchSize, seconds)
					.fetch()
					.map(JooqOutbox::stored));
		if (claimed.size() < batchSize) {
			claimed.addAll(
					this.sql.resultQuery(CLAIM, batchSize - claimed.size(), seconds).fetch().map(JooqOutbox::stored));
		}
		claimed.sort(Comparator.comparingLong(StoredEvent::position));
		return claimed;
	}

	/** Marks these events delivered, in one statement. */
	void delivered(Collection<Long> positions) {
		this.sql.execute("update rustok_events.outbox_event set delivered_at = now(), last_error = null "
				+ "where position = any(?)", (Object) positions.toArray(Long[]::new));
	}

	void retryLater(long position, int attempts, Duration delay, String error) {
		this.sql.execute("""
				update rustok_events.outbox_event
				set attempts = ?, last_error = ?, next_attempt_at = now() + make_interval(secs => ?)
				where position = ?""", attempts, error, delay.toMillis() / 1000.0, position);
	}

	void moveToDeadLetters(long position, int attempts, String error) {
		this.sql.execute(
				"with failed as (delete from rustok_events.outbox_event where position = ? returning *) "
						+ "insert into rustok_events.dead_letter (" + COLUMNS
						+ ", attempts, last_error, failed_at) select " + COLUMNS + ", ?, ?, now() from failed",
				position, attempts, error);
	}

	/** Records that {@code handler} applied the event; false when it already had. */
	boolean firstTimeFor(String handler, UUID eventId, String tenantId) {
		return this.sql
			.execute("insert into rustok_events.handled_event (handler, event_id, tenant_id) values (?, ?, ?) "
					+ "on conflict do nothing", handler, eventId, tenantId) == 1;
	}

	/** An event a handler is about to apply, and its shop. */
	record Receipt(UUID eventId, String tenantId) {

	}

	/**
	 * Records that {@code handler} applied these events, in one statement; the ids of
	 * those it had not applied before. A receipt another transaction holds uncommitted
	 * waits for it, as {@link #firstTimeFor(String, UUID, String)} does.
	 */
	Set<UUID> firstTimeFor(String handler, List<Receipt> receipts) {
		return new HashSet<>(this.sql
			.resultQuery("insert into rustok_events.handled_event (handler, event_id, tenant_id) "
					+ "select ?, r.event_id, r.tenant_id from unnest(?::uuid[], ?::text[]) r(event_id, tenant_id) "
					+ "on conflict do nothing returning event_id", handler,
					receipts.stream().map(Receipt::eventId).toArray(UUID[]::new),
					receipts.stream().map(Receipt::tenantId).toArray(String[]::new))
			.fetch(0, UUID.class));
	}

	int pruneDelivered(Instant before, int limit) {
		return this.sql.execute(
				"delete from rustok_events.outbox_event where position in (select position from "
						+ "rustok_events.outbox_event where delivered_at < ?::timestamptz limit ?)",
				utc(before), limit);
	}

	// a dead letter's receipts stay: its replay must not repeat what a handler already
	// did
	int pruneReceipts(Instant before, int limit) {
		return this.sql.execute("delete from rustok_events.handled_event where ctid in (select h.ctid from "
				+ "rustok_events.handled_event h where h.handled_at < ?::timestamptz and not exists (select 1 from "
				+ "rustok_events.dead_letter d where d.id = h.event_id) limit ?)", utc(before), limit);
	}

	List<DeadLetter> deadLetters(String tenantId, int limit) {
		return this.sql
			.resultQuery("select " + DEAD_LETTER + " from rustok_events.dead_letter where tenant_id = ? "
					+ "order by failed_at desc, id limit ?", tenantId, limit)
			.fetch()
			.map(JooqOutbox::deadLetter);
	}

	Optional<DeadLetter> deadLetter(String tenantId, UUID id) {
		return this.sql
			.resultQuery("select " + DEAD_LETTER + " from rustok_events.dead_letter where tenant_id = ? and id = ?",
					tenantId, id)
			.fetchOptional()
			.map(JooqOutbox::deadLetter);
	}

	boolean replay(String tenantId, UUID id) {
		return this.sql
			.execute("with replayed as (delete from rustok_events.dead_letter where tenant_id = ? and id = ? "
					+ "returning *) insert into rustok_events.outbox_event (" + COLUMNS + ") select " + COLUMNS
					+ " from replayed", tenantId, id) == 1;
	}

	/** This shard's newest dead letters of every shop, with their shop. */
	List<ShopDeadLetter> everyShopsDeadLetters(int limit) {
		return this.sql
			.resultQuery("select tenant_id, " + DEAD_LETTER + " from rustok_events.dead_letter "
					+ "order by failed_at desc, id limit ?", limit)
			.fetch()
			.map((row) -> new ShopDeadLetter(row.get(0, String.class),
					deadLetter(row.into(row.fields(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)))));
	}

	/** The shop a dead letter of this shard belongs to, if it is here. */
	Optional<String> shopOfDeadLetter(UUID id) {
		return this.sql.resultQuery("select tenant_id from rustok_events.dead_letter where id = ?", id)
			.fetchOptional(0, String.class);
	}

	private static final String DEAD_LETTER = "id, type, schema_version, aggregate_type, aggregate_id, aggregate_version, "
			+ "occurred_at, correlation_id, causation_id, payload::text, attempts, last_error, failed_at";

	private static DeadLetter deadLetter(Record row) {
		return new DeadLetter(row.get(0, UUID.class), row.get(1, String.class), row.get(2, Integer.class),
				row.get(3, String.class), row.get(4, UUID.class), row.get(5, Long.class), instant(row, 6),
				row.get(7, UUID.class), row.get(8, UUID.class), row.get(9, String.class), row.get(10, Integer.class),
				row.get(11, String.class), instant(row, 12));
	}

	private static StoredEvent stored(Record row) {
		return new StoredEvent(row.get(0, Long.class), row.get(1, UUID.class), row.get(2, String.class),
				row.get(3, String.class), row.get(4, Integer.class), row.get(5, String.class), row.get(6, UUID.class),
				row.get(7, Long.class), instant(row, 8), row.get(9, UUID.class), row.get(10, UUID.class),
				row.get(11, String.class), row.get(12, Integer.class));
	}

	private static Instant instant(Record row, int index) {
		return row.get(index, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
