package dev.rustok.runtime.outbox;

import java.util.List;

import dev.rustok.runtime.events.EventHandler;
import dev.rustok.runtime.tenancy.ShardNotifications;
import dev.rustok.runtime.tenancy.TenantShards;
import dev.rustok.runtime.tenancy.ShardSchema;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox's parts, wired once; see the package description. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxConfiguration {

	@Bean
	EventCodec eventCodec(List<Upcaster> upcasters) {
		return new EventCodec(new EventTypes(), upcasters);
	}

	@Bean
	ShardSchema outboxSchema(TenantShards shards) {
		ShardSchema schema = new ShardSchema(shards, "rustok_events", "classpath:db/events");
		// before the web server takes requests, which write to these tables
		schema.migrateReachable(shards.names());
		return schema;
	}

	@Bean
	OutboxRelay outboxRelay(TenantShards shards, ShardNotifications notifications, JooqOutbox outbox, EventCodec codec,
			List<EventHandler> handlers, PlatformTransactionManager transactionManager, OutboxProperties properties,
			@Qualifier("outboxSchema") ShardSchema schema) {
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		return new OutboxRelay(shards, notifications, outbox,
				new Deliveries(outbox, codec, handlers, transactions, properties), transactions, properties, schema);
	}

	@Bean
	OutboxPruning outboxPruning(TenantShards shards, JooqOutbox outbox, PlatformTransactionManager transactionManager,
			OutboxProperties properties) {
		return new OutboxPruning(shards, outbox, new TransactionTemplate(transactionManager), properties);
	}

}
