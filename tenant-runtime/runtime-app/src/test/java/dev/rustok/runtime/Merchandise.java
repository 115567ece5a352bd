package dev.rustok.runtime;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Priced products written straight into a tenant schema, for the cart and checkout tests
 * (which read the catalogue's tables, not its classes).
 */
final class Merchandise {

	private Merchandise() {
	}

	/** An active product with one variant priced in EUR, tracking stock; its variant. */
	static UUID aVariant(String schema, String title, long euroCents, int weightGrams) {
		return aVariant(schema, title, "active", "EUR", euroCents, weightGrams);
	}

	static UUID aVariant(String schema, String title, String status, String currency, long amountMinor,
			int weightGrams) {
		UUID product = UUID.randomUUID();
		UUID variant = UUID.randomUUID();
		String suffix = product.toString().substring(0, 8);
		jdbc()
			.sql("insert into " + quoted(schema) + ".product (id, handle, title, status, track_inventory)"
					+ " values (?, ?, ?, ?, true)")
			.params(product, "p-" + suffix, title, status)
			.update();
		jdbc()
			.sql("insert into " + quoted(schema)
					+ ".product_variant (id, product_id, position, sku, weight_grams) values (?, ?, 0, ?, ?)")
			.params(variant, product, "SKU-" + suffix, weightGrams)
			.update();
		jdbc()
			.sql("insert into " + quoted(schema)
					+ ".variant_price (variant_id, currency, amount_minor) values (?, ?, ?)")
			.params(variant, currency, amountMinor)
			.update();
		return variant;
	}

	static int count(String schema, String table) {
		return jdbc().sql("select count(*) from " + quoted(schema) + "." + table).query(Integer.class).single();
	}

	static JdbcClient jdbc() {
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource());
	}

	static String quoted(String schema) {
		return "\"" + schema.replace("\"", "\"\"") + "\"";
	}

}
