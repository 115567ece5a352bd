package dev.rustok.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.events.DomainEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * The default shard's event tables and the {@link RecordingHandler}'s effects, read
 * directly, and events published the way the modules publish them: inside a transaction.
 */
final class OutboxRows {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	private OutboxRows() {
	}

	static void publishEach(PlatformTransactionManager transactions, ApplicationEventPublisher publisher,
			List<? extends DomainEvent> events) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		for (DomainEvent event : events) {
			template.executeWithoutResult((status) -> publisher.publishEvent(event));
		}
	}

	/** The events in one transaction: they commit, and are claimed, together. */
	static void publishTogether(PlatformTransactionManager transactions, ApplicationEventPublisher publisher,
			List<? extends DomainEvent> events) {
		new TransactionTemplate(transactions).executeWithoutResult((status) -> events.forEach(publisher::publishEvent));
	}

	static List<Map<String, Object>> outbox(UUID aggregateId) {
		return jdbc().sql("select * from rustok_events.outbox_event where aggregate_id = ? order by position")
			.param(aggregateId)
			.query()
			.listOfRows();
	}

	static Map<String, Object> deadLetter(UUID aggregateId) {
		return jdbc().sql("select * from rustok_events.dead_letter where aggregate_id = ?")
			.param(aggregateId)
			.query()
			.singleRow();
	}

	static int deadLetters(UUID aggregateId) {
		return jdbc().sql("select count(*) from rustok_events.dead_letter where aggregate_id = ?")
			.param(aggregateId)
			.query(Integer.class)
			.single();
	}

	/** The effects applied for the aggregate, in the order they were applied. */
	static List<Map<String, Object>> effects(UUID aggregateId) {
		return jdbc().sql("select * from outbox_it.effect where aggregate_id = ? order by seq")
			.param(aggregateId)
			.query()
			.listOfRows();
	}

	static int undelivered(UUID aggregateId) {
		return jdbc()
			.sql("select count(*) from rustok_events.outbox_event where aggregate_id = ? and delivered_at is null")
			.param(aggregateId)
			.query(Integer.class)
			.single();
	}

	static void awaitDelivered(UUID aggregateId) {
		await().atMost(PATIENCE).until(() -> !outbox(aggregateId).isEmpty() && undelivered(aggregateId) == 0);
	}

	static JdbcClient jdbc() {
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource());
	}

}
