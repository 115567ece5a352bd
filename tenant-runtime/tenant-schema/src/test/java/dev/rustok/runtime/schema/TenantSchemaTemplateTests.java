package dev.rustok.runtime.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import static dev.rustok.runtime.schema.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

class TenantSchemaTemplateTests {

	@Test
	void migrationsNameNoSchemaSoFlywayRunsThemInTheTenantSchema() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/db/tenant/V1__catalog_product.sql")) {
			assertThat(in).isNotNull();
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(sql).contains("create table catalog_product (").doesNotContainPattern("\\w+\\.catalog_product");
		}
	}

	@Test
	void generatedCodeRendersTheTenantSchemaChosenAtRunTime() {
		Settings settings = new Settings().withRenderMapping(new RenderMapping()
			.withSchemata(new MappedSchema().withInput(TenantSchemaTemplate.NAME).withOutput("t_acme")));
		String sql = DSL.using(SQLDialect.POSTGRES, settings)
			.selectFrom(PRODUCT)
			.where(PRODUCT.HANDLE.eq("x"))
			.getSQL();
		assertThat(sql).contains("\"t_acme\".\"product\"").doesNotContain(TenantSchemaTemplate.NAME);
	}

}
