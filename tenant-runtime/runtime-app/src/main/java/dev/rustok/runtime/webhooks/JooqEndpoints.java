package dev.rustok.runtime.webhooks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.rustok.runtime.schema.tables.records.WebhookEndpointRecord;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.WEBHOOK_ENDPOINT;
import static dev.rustok.runtime.schema.Tables.WEBHOOK_SUBSCRIPTION;

/**
 * A shop's endpoints and their subscriptions (V11's {@code webhook_endpoint},
 * {@code webhook_subscription}) through {@link TenantDsl}, on the caller's transaction.
 */
@Component
class JooqEndpoints {

	private final TenantDsl dsl;

	JooqEndpoints(TenantDsl dsl) {
		this.dsl = dsl;
	}

	void insert(Tenant tenant, UUID id, EndpointDraft draft, String sealedSecret, Instant now) {
		this.dsl.of(tenant)
			.insertInto(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.ID, id)
			.set(WEBHOOK_ENDPOINT.URL, draft.url())
			.set(WEBHOOK_ENDPOINT.DESCRIPTION, draft.description())
			.set(WEBHOOK_ENDPOINT.SECRET, sealedSecret)
			.set(WEBHOOK_ENDPOINT.ENABLED, true)
			.set(WEBHOOK_ENDPOINT.CONSECUTIVE_FAILURES, 0)
			.set(WEBHOOK_ENDPOINT.CREATED_AT, stored(now))
			.set(WEBHOOK_ENDPOINT.UPDATED_AT, stored(now))
			.execute();
		subscribe(tenant, id, draft.eventTypes());
	}

	boolean update(Tenant tenant, UUID id, EndpointDraft draft, Instant now) {
		int changed = this.dsl.of(tenant)
			.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.URL, draft.url())
			.set(WEBHOOK_ENDPOINT.DESCRIPTION, draft.description())
			.set(WEBHOOK_ENDPOINT.UPDATED_AT, stored(now))
			.where(WEBHOOK_ENDPOINT.ID.eq(id))
			.execute();
		if (changed == 0) {
			return false;
		}
		this.dsl.of(tenant).deleteFrom(WEBHOOK_SUBSCRIPTION).where(WEBHOOK_SUBSCRIPTION.ENDPOINT_ID.eq(id)).execute();
		subscribe(tenant, id, draft.eventTypes());
		return true;
	}

	private void subscribe(Tenant tenant, UUID id, Set<String> eventTypes) {
		DSLContext sql = this.dsl.of(tenant);
		for (String type : eventTypes) {
			sql.insertInto(WEBHOOK_SUBSCRIPTION)
				.set(WEBHOOK_SUBSCRIPTION.ENDPOINT_ID, id)
				.set(WEBHOOK_SUBSCRIPTION.EVENT_TYPE, type)
				.execute();
		}
	}

	boolean delete(Tenant tenant, UUID id) {
		return this.dsl.of(tenant).deleteFrom(WEBHOOK_ENDPOINT).where(WEBHOOK_ENDPOINT.ID.eq(id)).execute() == 1;
	}

	int count(Tenant tenant) {
		return this.dsl.of(tenant).fetchCount(WEBHOOK_ENDPOINT);
	}

	Optional<Endpoint> find(Tenant tenant, UUID id) {
		return this.dsl.of(tenant)
			.selectFrom(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.ID.eq(id))
			.fetchOptional()
			.map((row) -> endpoint(row, subscriptions(tenant, List.of(id)).getOrDefault(id, Set.of())));
	}

	List<Endpoint> list(Tenant tenant) {
		List<WebhookEndpointRecord> rows = this.dsl.of(tenant)
			.selectFrom(WEBHOOK_ENDPOINT)
			.orderBy(WEBHOOK_ENDPOINT.CREATED_AT, WEBHOOK_ENDPOINT.ID)
			.fetch();
		Map<UUID, Set<String>> types = subscriptions(tenant, rows.stream().map(WebhookEndpointRecord::getId).toList());
		return rows.stream().map((row) -> endpoint(row, types.getOrDefault(row.getId(), Set.of()))).toList();
	}

	/** The enabled endpoints subscribed to an event type: the fan-out's targets. */
	List<UUID> subscribers(Tenant tenant, String eventType) {
		return this.dsl.of(tenant)
			.select(WEBHOOK_ENDPOINT.ID)
			.from(WEBHOOK_ENDPOINT)
			.join(WEBHOOK_SUBSCRIPTION)
			.on(WEBHOOK_SUBSCRIPTION.ENDPOINT_ID.eq(WEBHOOK_ENDPOINT.ID))
			.where(WEBHOOK_SUBSCRIPTION.EVENT_TYPE.eq(eventType), WEBHOOK_ENDPOINT.ENABLED.isTrue())
			.fetch(WEBHOOK_ENDPOINT.ID);
	}

	boolean rotate(Tenant tenant, UUID id, String sealedSecret, Instant now) {
		return this.dsl.of(tenant)
			.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.SECRET, sealedSecret)
			.set(WEBHOOK_ENDPOINT.UPDATED_AT, stored(now))
			.where(WEBHOOK_ENDPOINT.ID.eq(id))
			.execute() == 1;
	}

	/**
	 * The same secret sealed again (docs/adr/0101), if the row still holds
	 * {@code stored}; not a change the merchant made, so {@code updated_at} stays.
	 */
	boolean reseal(Tenant tenant, UUID id, String stored, String sealedSecret) {
		return this.dsl.of(tenant)
			.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.SECRET, sealedSecret)
			.where(WEBHOOK_ENDPOINT.ID.eq(id), WEBHOOK_ENDPOINT.SECRET.eq(stored))
			.execute() == 1;
	}

	boolean enable(Tenant tenant, UUID id, Instant now) {
		return this.dsl.of(tenant)
			.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.ENABLED, true)
			.setNull(WEBHOOK_ENDPOINT.DISABLED_REASON)
			.setNull(WEBHOOK_ENDPOINT.DISABLED_AT)
			.set(WEBHOOK_ENDPOINT.CONSECUTIVE_FAILURES, 0)
			.set(WEBHOOK_ENDPOINT.UPDATED_AT, stored(now))
			.where(WEBHOOK_ENDPOINT.ID.eq(id))
			.execute() == 1;
	}

	/** Whether it was enabled until now: the caller announces the change only then. */
	boolean disable(Tenant tenant, UUID id, String reason, Instant now) {
		return this.dsl.of(tenant)
			.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.ENABLED, false)
			.set(WEBHOOK_ENDPOINT.DISABLED_REASON, reason)
			.set(WEBHOOK_ENDPOINT.DISABLED_AT, stored(now))
			.set(WEBHOOK_ENDPOINT.UPDATED_AT, stored(now))
			.where(WEBHOOK_ENDPOINT.ID.eq(id), WEBHOOK_ENDPOINT.ENABLED.isTrue())
			.execute() == 1;
	}

	/**
	 * Locks the endpoint until the caller commits: the outcomes of its deliveries are
	 * stored one after the other, endpoint first, so two of them cannot deadlock on each
	 * other's delivery rows. {@code NO KEY}: the fan-out's inserts still go through.
	 */
	void lock(Tenant tenant, UUID id) {
		this.dsl.of(tenant)
			.select(WEBHOOK_ENDPOINT.ID)
			.from(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.ID.eq(id))
			.forNoKeyUpdate()
			.fetch();
	}

	void succeeded(Tenant tenant, UUID id) {
		this.dsl.of(tenant)
			.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.CONSECUTIVE_FAILURES, 0)
			.where(WEBHOOK_ENDPOINT.ID.eq(id), WEBHOOK_ENDPOINT.CONSECUTIVE_FAILURES.ne(0))
			.execute();
	}

	/** The failures in a row after this one; empty when the endpoint is gone. */
	Optional<Integer> failed(Tenant tenant, UUID id) {
		return this.dsl.of(tenant)
			.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.CONSECUTIVE_FAILURES, WEBHOOK_ENDPOINT.CONSECUTIVE_FAILURES.plus(1))
			.where(WEBHOOK_ENDPOINT.ID.eq(id))
			.returning(WEBHOOK_ENDPOINT.CONSECUTIVE_FAILURES)
			.fetchOptional(WEBHOOK_ENDPOINT.CONSECUTIVE_FAILURES);
	}

	private Map<UUID, Set<String>> subscriptions(Tenant tenant, List<UUID> endpoints) {
		return this.dsl.of(tenant)
			.select(WEBHOOK_SUBSCRIPTION.ENDPOINT_ID, WEBHOOK_SUBSCRIPTION.EVENT_TYPE)
			.from(WEBHOOK_SUBSCRIPTION)
			.where(WEBHOOK_SUBSCRIPTION.ENDPOINT_ID.in(endpoints))
			.fetch()
			.stream()
			.collect(Collectors.groupingBy((row) -> row.value1(),
					Collectors.mapping((row) -> row.value2(), Collectors.toCollection(TreeSet::new))));
	}

	private static Endpoint endpoint(WebhookEndpointRecord row, Set<String> types) {
		return new Endpoint(row.getId(), row.getUrl(), row.getDescription(), new LinkedHashSet<>(types),
				row.getEnabled(), row.getDisabledReason(), instant(row.getDisabledAt()), row.getConsecutiveFailures(),
				instant(row.getCreatedAt()), instant(row.getUpdatedAt()));
	}

	static OffsetDateTime stored(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(OffsetDateTime stored) {
		return (stored != null) ? stored.toInstant() : null;
	}

}
