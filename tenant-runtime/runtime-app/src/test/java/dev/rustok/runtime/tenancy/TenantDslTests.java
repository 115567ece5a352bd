package dev.rustok.runtime.tenancy;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import static dev.rustok.runtime.schema.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** jOOQ for a tenant only on the tenant's own shard. */
class TenantDslTests {

	private static final Tenant ON_SECOND = new Tenant(new TenantId("bold"), "t_bold", "tenant-bold", "second");

	private final TenantDsl dsl = new TenantDsl(DSL.using(SQLDialect.POSTGRES));

	@Test
	void refusesATenantOfAnotherShardThanTheCallIsBoundTo() {
		assertThatIllegalStateException().isThrownBy(() -> this.dsl.of(ON_SECOND))
			.withMessageContaining("shard 'second'")
			.withMessageContaining("bound to shard 'default'");
	}

	@Test
	void givesTheTenantsSchemaOnItsOwnShard() {
		String sql = TenantShards.on("second", () -> this.dsl.of(ON_SECOND).selectFrom(PRODUCT).getSQL());

		assertThat(sql).contains("\"t_bold\".\"product\"");
	}

}
