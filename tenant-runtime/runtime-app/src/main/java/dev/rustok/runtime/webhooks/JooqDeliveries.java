package dev.rustok.runtime.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.schema.tables.records.WebhookDeliveryRecord;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.WEBHOOK_ATTEMPT;
import static dev.rustok.runtime.schema.Tables.WEBHOOK_DELIVERY;
import static dev.rustok.runtime.schema.Tables.WEBHOOK_ENDPOINT;
import static dev.rustok.runtime.webhooks.JooqEndpoints.instant;
import static dev.rustok.runtime.webhooks.JooqEndpoints.stored;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;

/**
 * A shop's deliveries and their attempts (V11's {@code webhook_delivery},
 * {@code webhook_attempt}) through {@link TenantDsl}. A delivery is claimed like an
 * outbox event (docs/adr/0055): {@code FOR UPDATE SKIP LOCKED}, then a lease in
 * {@code next_attempt_at} keeps other nodes away while this one sends it.
 */
@Component
class JooqDeliveries {

	private static final String PENDING = DeliveryStatus.PENDING.code();

	private final TenantDsl dsl;

	JooqDeliveries(TenantDsl dsl) {
		this.dsl = dsl;
	}

	/**
	 * A new pending delivery, due now; a second one of the same event and endpoint is
	 * ignored.
	 */
	void insertPending(Tenant tenant, UUID endpoint, UUID eventId, String eventType, String body, Instant now) {
		this.dsl.of(tenant)
			.insertInto(WEBHOOK_DELIVERY)
			.set(WEBHOOK_DELIVERY.ID, UUID.randomUUID())
			.set(WEBHOOK_DELIVERY.ENDPOINT_ID, endpoint)
			.set(WEBHOOK_DELIVERY.EVENT_ID, eventId)
			.set(WEBHOOK_DELIVERY.EVENT_TYPE, eventType)
			.set(WEBHOOK_DELIVERY.BODY, body)
			.set(WEBHOOK_DELIVERY.STATUS, PENDING)
			.set(WEBHOOK_DELIVERY.ATTEMPTS, 0)
			.set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, stored(now))
			.set(WEBHOOK_DELIVERY.CREATED_AT, stored(now))
			.set(WEBHOOK_DELIVERY.UPDATED_AT, stored(now))
			.onConflictDoNothing()
			.execute();
	}

	/**
	 * Due deliveries of enabled endpoints, leased to the caller until
	 * {@code now + lease}.
	 */
	List<DueDelivery> claimDue(Tenant tenant, int limit, Duration lease, Instant now) {
		DSLContext sql = this.dsl.of(tenant);
		List<DueDelivery> due = sql
			.select(WEBHOOK_DELIVERY.ID, WEBHOOK_DELIVERY.ENDPOINT_ID, WEBHOOK_ENDPOINT.URL, WEBHOOK_ENDPOINT.SECRET,
					WEBHOOK_DELIVERY.EVENT_ID, WEBHOOK_DELIVERY.BODY, WEBHOOK_DELIVERY.ATTEMPTS)
			.from(WEBHOOK_DELIVERY)
			.join(WEBHOOK_ENDPOINT)
			.on(WEBHOOK_ENDPOINT.ID.eq(WEBHOOK_DELIVERY.ENDPOINT_ID))
			.where(WEBHOOK_DELIVERY.STATUS.eq(PENDING), WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT.le(stored(now)),
					WEBHOOK_ENDPOINT.ENABLED.isTrue())
			.orderBy(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, WEBHOOK_DELIVERY.SEQ)
			.limit(limit)
			.forUpdate()
			.of(WEBHOOK_DELIVERY)
			.skipLocked()
			.fetch((row) -> new DueDelivery(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					row.value6(), row.value7()));
		if (!due.isEmpty()) {
			sql.update(WEBHOOK_DELIVERY)
				.set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, stored(now.plus(lease)))
				.where(WEBHOOK_DELIVERY.ID.in(due.stream().map(DueDelivery::id).toList()))
				.execute();
		}
		return due;
	}

	/**
	 * When the shop's next pending delivery to an enabled endpoint is due, if it has one:
	 * one {@link #claimDue} would never take must not keep the shop due (and the workers
	 * awake, docs/adr/0086).
	 */
	Optional<Instant> nextDue(Tenant tenant) {
		return Optional
			.ofNullable(this.dsl.of(tenant)
				.select(min(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT))
				.from(WEBHOOK_DELIVERY)
				.join(WEBHOOK_ENDPOINT)
				.on(WEBHOOK_ENDPOINT.ID.eq(WEBHOOK_DELIVERY.ENDPOINT_ID))
				.where(WEBHOOK_DELIVERY.STATUS.eq(PENDING), WEBHOOK_ENDPOINT.ENABLED.isTrue())
				.fetchOne(0, java.time.OffsetDateTime.class))
			.map(java.time.OffsetDateTime::toInstant);
	}

	void attempted(Tenant tenant, UUID delivery, int attempt, Instant at, Integer statusCode, int latencyMs,
			String error) {
		this.dsl.of(tenant)
			.insertInto(WEBHOOK_ATTEMPT)
			.set(WEBHOOK_ATTEMPT.DELIVERY_ID, delivery)
			.set(WEBHOOK_ATTEMPT.ATTEMPT, attempt)
			.set(WEBHOOK_ATTEMPT.ATTEMPTED_AT, stored(at))
			.set(WEBHOOK_ATTEMPT.STATUS_CODE, statusCode)
			.set(WEBHOOK_ATTEMPT.LATENCY_MS, latencyMs)
			.set(WEBHOOK_ATTEMPT.ERROR, error)
			.onConflictDoNothing()
			.execute();
	}

	/**
	 * The outcome of an attempt: the delivery's new status, its next due time (while
	 * pending) and the attempt's answer.
	 */
	void settled(Tenant tenant, UUID delivery, int attempts, DeliveryStatus status, Instant nextAttempt,
			Integer statusCode, Integer latencyMs, String error, Instant now) {
		this.dsl.of(tenant)
			.update(WEBHOOK_DELIVERY)
			.set(WEBHOOK_DELIVERY.STATUS, status.code())
			.set(WEBHOOK_DELIVERY.ATTEMPTS, attempts)
			.set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, (nextAttempt != null) ? stored(nextAttempt) : null)
			.set(WEBHOOK_DELIVERY.LAST_STATUS_CODE, statusCode)
			.set(WEBHOOK_DELIVERY.LAST_LATENCY_MS, latencyMs)
			.set(WEBHOOK_DELIVERY.LAST_ERROR, error)
			.set(WEBHOOK_DELIVERY.UPDATED_AT, stored(now))
			.where(WEBHOOK_DELIVERY.ID.eq(delivery), WEBHOOK_DELIVERY.STATUS.eq(PENDING))
			.execute();
	}

	/**
	 * A finished delivery made pending again and due now, its attempts kept
	 * (docs/adr/0088); false when it is pending already (it may be in flight) or not the
	 * endpoint's.
	 */
	boolean resend(Tenant tenant, UUID endpoint, UUID delivery, Instant now) {
		return this.dsl.of(tenant)
			.update(WEBHOOK_DELIVERY)
			.set(WEBHOOK_DELIVERY.STATUS, PENDING)
			.set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, stored(now))
			.set(WEBHOOK_DELIVERY.UPDATED_AT, stored(now))
			.where(WEBHOOK_DELIVERY.ID.eq(delivery), WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpoint),
					WEBHOOK_DELIVERY.STATUS.ne(PENDING))
			.execute() == 1;
	}

	/** Not sent (its endpoint's breaker is open): due again later, no attempt counted. */
	void postponed(Tenant tenant, UUID delivery, Instant nextAttempt, String why, Instant now) {
		this.dsl.of(tenant)
			.update(WEBHOOK_DELIVERY)
			.set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, stored(nextAttempt))
			.set(WEBHOOK_DELIVERY.LAST_ERROR, why)
			.set(WEBHOOK_DELIVERY.UPDATED_AT, stored(now))
			.where(WEBHOOK_DELIVERY.ID.eq(delivery), WEBHOOK_DELIVERY.STATUS.eq(PENDING))
			.execute();
	}

	/** Drops what a disabled endpoint still had pending; the number dropped. */
	int abandonPending(Tenant tenant, UUID endpoint, String why, Instant now) {
		return this.dsl.of(tenant)
			.update(WEBHOOK_DELIVERY)
			.set(WEBHOOK_DELIVERY.STATUS, DeliveryStatus.ABANDONED.code())
			.setNull(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT)
			.set(WEBHOOK_DELIVERY.LAST_ERROR, why)
			.set(WEBHOOK_DELIVERY.UPDATED_AT, stored(now))
			.where(WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpoint), WEBHOOK_DELIVERY.STATUS.eq(PENDING))
			.execute();
	}

	/**
	 * Deletes up to {@code limit} finished deliveries (with their attempts) last changed
	 * before {@code before}; the number deleted.
	 */
	int prune(Tenant tenant, Instant before, int limit) {
		DSLContext sql = this.dsl.of(tenant);
		return sql.deleteFrom(WEBHOOK_DELIVERY)
			.where(WEBHOOK_DELIVERY.ID.in(sql.select(WEBHOOK_DELIVERY.ID)
				.from(WEBHOOK_DELIVERY)
				.where(WEBHOOK_DELIVERY.STATUS.ne(PENDING), WEBHOOK_DELIVERY.UPDATED_AT.lt(stored(before)))
				.limit(limit)))
			.execute();
	}

	/** An endpoint's deliveries, newest first, after the cursor's. */
	List<Delivery> page(Tenant tenant, UUID endpoint, Optional<DeliveryCursor> after, int limit) {
		Condition before = after.map((cursor) -> WEBHOOK_DELIVERY.SEQ.lt(cursor.seq())).orElse(noCondition());
		return this.dsl.of(tenant)
			.selectFrom(WEBHOOK_DELIVERY)
			.where(WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpoint), before)
			.orderBy(WEBHOOK_DELIVERY.SEQ.desc())
			.limit(limit)
			.fetch(JooqDeliveries::delivery);
	}

	Optional<Delivery> find(Tenant tenant, UUID endpoint, UUID delivery) {
		return this.dsl.of(tenant)
			.selectFrom(WEBHOOK_DELIVERY)
			.where(WEBHOOK_DELIVERY.ID.eq(delivery), WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpoint))
			.fetchOptional(JooqDeliveries::delivery);
	}

	List<Attempt> attempts(Tenant tenant, UUID delivery) {
		return this.dsl.of(tenant)
			.selectFrom(WEBHOOK_ATTEMPT)
			.where(WEBHOOK_ATTEMPT.DELIVERY_ID.eq(delivery))
			.orderBy(WEBHOOK_ATTEMPT.ATTEMPT)
			.fetch((row) -> new Attempt(row.getAttempt(), instant(row.getAttemptedAt()), row.getStatusCode(),
					row.getLatencyMs(), row.getError()));
	}

	private static Delivery delivery(WebhookDeliveryRecord row) {
		return new Delivery(row.getId(), row.getSeq(), row.getEndpointId(), row.getEventId(), row.getEventType(),
				DeliveryStatus.ofCode(row.getStatus()), row.getAttempts(), row.getLastStatusCode(),
				row.getLastLatencyMs(), row.getLastError(), instant(row.getNextAttemptAt()),
				instant(row.getCreatedAt()), instant(row.getUpdatedAt()));
	}

}
