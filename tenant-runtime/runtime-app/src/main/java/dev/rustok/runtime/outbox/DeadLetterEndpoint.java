package dev.rustok.runtime.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.tenancy.TenantShards;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every shop's dead letters on every shard this node reaches, on the management port only
 * (loopback): the operator's view, where the shop admin's API shows one shop's
 * (docs/adr/0056, 0088). {@code GET /actuator/deadletters} lists the newest, {@code GET
 * …/{id}} shows one, {@code POST …/{id}} replays it through the same {@link DeadLetters}
 * facade as the shop's replay.
 */
@Component
@Endpoint(id = "deadletters")
class DeadLetterEndpoint {

	private final TenantShards shards;

	private final JooqOutbox outbox;

	private final DeadLetters deadLetters;

	private final EventCodec codec;

	private final TransactionTemplate transactions;

	DeadLetterEndpoint(TenantShards shards, JooqOutbox outbox, DeadLetters deadLetters, EventCodec codec,
			PlatformTransactionManager transactions) {
		this.shards = shards;
		this.outbox = outbox;
		this.deadLetters = deadLetters;
		this.codec = codec;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setReadOnly(true);
	}

	/** The newest dead letters across shops and shards, at most 100, without payloads. */
	@ReadOperation
	public Listed list() {
		List<Summary> letters = new ArrayList<>();
		for (String shard : this.shards.names()) {
			TenantShards
				.on(shard,
						() -> this.transactions
							.execute((status) -> this.outbox.everyShopsDeadLetters(DeadLetters.PAGE)))
				.forEach((found) -> letters.add(Summary.of(shard, found)));
		}
		letters.sort(Comparator.comparing(Summary::failedAt).reversed().thenComparing(Summary::id));
		return new Listed(List.copyOf(letters.subList(0, Math.min(DeadLetters.PAGE, letters.size()))));
	}

	@ReadOperation
	public WebEndpointResponse<Shown> show(@Selector UUID id) {
		return find(id)
			.flatMap((found) -> TenantShards.on(found.tenant().shard(), () -> this.deadLetters.find(found.tenant(), id))
				.map((letter) -> Shown.of(found, letter, this.codec.tree(letter.payload()))))
			.map(WebEndpointResponse::new)
			.orElseGet(() -> new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND));
	}

	/** Puts the event back in its shard's outbox, as the shop's own replay does. */
	@WriteOperation
	public WebEndpointResponse<Replayed> replay(@Selector UUID id) {
		return find(id).filter(
				(found) -> TenantShards.on(found.tenant().shard(), () -> this.deadLetters.replay(found.tenant(), id)))
			.map((found) -> new WebEndpointResponse<>(new Replayed(id, found.tenant().id().value(), "replayed"), 202))
			.orElseGet(() -> new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND));
	}

	private Optional<Found> find(UUID id) {
		for (String shard : this.shards.names()) {
			Optional<String> shop = TenantShards.on(shard,
					() -> this.transactions.execute((status) -> this.outbox.shopOfDeadLetter(id)));
			if (shop.isPresent()) {
				return Optional.of(new Found(new Tenant(new TenantId(shop.get()), TenantNames.schema(shop.get()),
						TenantNames.realm(shop.get()), shard)));
			}
		}
		return Optional.empty();
	}

	private record Found(Tenant tenant) {

	}

	record Listed(List<Summary> items) {

	}

	record Summary(String shop, String shard, UUID id, String type, UUID aggregateId, int attempts, String lastError,
			Instant failedAt) {

		static Summary of(String shard, ShopDeadLetter found) {
			DeadLetter letter = found.letter();
			return new Summary(found.shop(), shard, letter.id(), letter.type(), letter.aggregateId(), letter.attempts(),
					letter.lastError(), letter.failedAt());
		}

	}

	record Shown(String shop, String shard, UUID id, String type, int schemaVersion, String aggregateType,
			UUID aggregateId, long aggregateVersion, Instant occurredAt, UUID correlationId, int attempts,
			String lastError, Instant failedAt, JsonNode payload) {

		static Shown of(Found found, DeadLetter letter, JsonNode payload) {
			return new Shown(found.tenant().id().value(), found.tenant().shard(), letter.id(), letter.type(),
					letter.schemaVersion(), letter.aggregateType(), letter.aggregateId(), letter.aggregateVersion(),
					letter.occurredAt(), letter.correlationId(), letter.attempts(), letter.lastError(),
					letter.failedAt(), payload);
		}

	}

	record Replayed(UUID id, String shop, String state) {

	}

}
