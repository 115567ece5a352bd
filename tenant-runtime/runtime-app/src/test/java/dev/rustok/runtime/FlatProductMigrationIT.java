package dev.rustok.runtime;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.devservices.Database;
import dev.rustok.devservices.PostgresServer;
import dev.rustok.runtime.schema.TenantSchemaTemplate;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Existing shops keep their products: a schema holding flat V1 products, migrated to the
 * latest version with Flyway on real PostgreSQL, has each of them as an active product
 * with one default variant carrying its SKU and price, and the flat table is gone.
 */
class FlatProductMigrationIT {

	private static Database database;

	private static JdbcClient jdbc;

	private static final String SCHEMA = "t_flat_" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeAll
	static void schemaAtVersion2WithFlatProducts() {
		database = PostgresServer.shared().createDatabase("migration");
		jdbc = JdbcClient.create(database.dataSource());
		jdbc.sql("create schema " + SCHEMA).update();
		flyway(MigrationVersion.fromVersion("2")).migrate();
		jdbc.sql("insert into " + SCHEMA + ".store_settings (id, shop_name) values (1, 'Old shop')").update();
		insertFlat("TEE-1", "Organic Tee", 2500, "EUR", "2024-01-01T10:00:00Z");
		insertFlat("TEE-2", "Organic tee!", 2600, "EUR", "2024-01-02T10:00:00Z");
		insertFlat("YEN-1", "茶", 1200, "JPY", "2024-01-03T10:00:00Z");
		// a base that a counted suffix would collide with, and a name cut at a dash
		insertFlat("TEE-3", "Organic tee 2", 2700, "EUR", "2024-01-04T10:00:00Z");
		insertFlat("LONG-1", "a".repeat(99) + " b", 100, "EUR", "2024-01-05T10:00:00Z");
		flyway(MigrationVersion.LATEST).migrate();
	}

	@AfterAll
	static void dropTheDatabase() {
		database.drop();
	}

	@Test
	void turnsEachFlatProductIntoAnActiveProductWithOneDefaultVariant() {
		List<Map<String, Object>> products = jdbc
			.sql("select p.handle, p.title, p.status, p.track_inventory,"
					+ " v.sku, v.option_values::text as option_values, vp.currency, vp.amount_minor from " + SCHEMA
					+ ".product p join " + SCHEMA + ".product_variant v on v.product_id = p.id join " + SCHEMA
					+ ".variant_price vp on vp.variant_id = v.id order by p.created_at")
			.query()
			.listOfRows();

		assertThat(products).extracting((row) -> row.get("sku"))
			.containsExactly("TEE-1", "TEE-2", "YEN-1", "TEE-3", "LONG-1");
		assertThat(products).allSatisfy((row) -> {
			assertThat(row.get("status")).isEqualTo("active");
			assertThat(row.get("track_inventory")).isEqualTo(false);
			assertThat(row.get("option_values")).isEqualTo("{}");
		});
		assertThat(products).extracting((row) -> row.get("amount_minor"))
			.containsExactly(2500L, 2600L, 1200L, 2700L, 100L);
		assertThat(products.get(2).get("currency")).isEqualTo("JPY");
	}

	@Test
	void givesEveryMigratedProductAUniqueValidHandle() {
		List<String> handles = jdbc.sql("select handle from " + SCHEMA + ".product order by created_at")
			.query(String.class)
			.list();

		assertThat(handles).doesNotHaveDuplicates()
			.allSatisfy((handle) -> assertThat(handle).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(120));
		assertThat(handles.get(0)).isEqualTo("organic-tee");
		assertThat(handles.get(1)).startsWith("organic-tee-").isNotEqualTo("organic-tee-2");
		assertThat(handles.get(2)).startsWith("product-");
		assertThat(handles.get(3)).isEqualTo("organic-tee-2");
		assertThat(handles.get(4)).isEqualTo("a".repeat(99));
	}

	@Test
	void letsTheShopKeepSellingInTheCurrenciesItAlreadyUsed() {
		String currencies = jdbc.sql("select currencies::text from " + SCHEMA + ".store_settings")
			.query(String.class)
			.single();

		assertThat(currencies).isEqualTo("{EUR,JPY,USD}");
	}

	@Test
	void dropsTheFlatTable() {
		int tables = jdbc
			.sql("select count(*) from information_schema.tables where table_schema = ?"
					+ " and table_name = 'catalog_product'")
			.param(SCHEMA)
			.query(Integer.class)
			.single();

		assertThat(tables).isZero();
	}

	private static Flyway flyway(MigrationVersion target) {
		return Flyway.configure(FlatProductMigrationIT.class.getClassLoader())
			.dataSource(database.dataSource())
			.schemas(SCHEMA)
			.locations(TenantSchemaTemplate.MIGRATIONS_LOCATION)
			.target(target)
			.load();
	}

	private static void insertFlat(String sku, String name, long price, String currency, String createdAt) {
		jdbc.sql("insert into " + SCHEMA + ".catalog_product (id, sku, name, price_minor, currency, created_at)"
				+ " values (?, ?, ?, ?, ?, ?::timestamptz)")
			.params(UUID.randomUUID(), sku, name, price, currency, createdAt)
			.update();
	}

}
