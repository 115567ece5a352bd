package dev.rustok.runtime.webhooks;

import java.time.Duration;
import java.time.Instant;

import dev.rustok.devservices.Database;
import dev.rustok.devservices.PostgresServer;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the delivery worker waits for between rounds, on a shard database of this test's
 * own (real PostgreSQL, the shard's own migrations): with nothing due it waits for a
 * notification or its poll interval, never "zero". An answer of zero there made every
 * node's worker go round without a pause whenever no shop had a delivery pending.
 */
class DueShopsIT {

	static Database shard;

	DSLContext sql;

	@BeforeAll
	static void shard() {
		shard = PostgresServer.shared().createDatabase("due-shops");
		Flyway.configure()
			.dataSource(shard.dataSource())
			.schemas("rustok_webhooks")
			.createSchemas(true)
			.locations("classpath:db/webhooks")
			.load()
			.migrate();
	}

	@AfterAll
	static void drop() {
		shard.drop();
	}

	@BeforeEach
	void empty() {
		this.sql = DSL.using(shard.dataSource(), SQLDialect.POSTGRES);
		this.sql.execute("delete from rustok_webhooks.webhook_due");
	}

	@Test
	void nothing_is_due_when_no_shop_has_a_delivery_pending() {
		assertThat(new JooqDueShops(this.sql).untilEarliest()).isEmpty();

		this.sql.execute("insert into rustok_webhooks.webhook_due (tenant_id, due_at) values ('idle', null)");

		assertThat(new JooqDueShops(this.sql).untilEarliest()).isEmpty();
	}

	@Test
	void a_retry_later_is_due_in_its_time_and_an_overdue_one_now() {
		JooqDueShops due = new JooqDueShops(this.sql);
		this.sql.execute("insert into rustok_webhooks.webhook_due (tenant_id, due_at) values ('later', null)");
		due.dueAt("later", Instant.now().plus(Duration.ofMinutes(10)));

		assertThat(due.untilEarliest())
			.hasValueSatisfying((until) -> assertThat(until).isGreaterThan(Duration.ofMinutes(5))
				.isLessThanOrEqualTo(Duration.ofMinutes(10)));

		this.sql.execute("insert into rustok_webhooks.webhook_due (tenant_id, due_at) values ('overdue', null)");
		due.dueAt("overdue", Instant.now().minus(Duration.ofMinutes(1)));

		assertThat(due.untilEarliest()).hasValue(Duration.ZERO);
	}

}
