package dev.rustok.runtime;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Products and variants written straight into a tenant schema, for the inventory tests:
 * inventory reads the catalogue's tables but not its classes (docs/adr/0035), so its
 * tests do not go through the catalogue either.
 */
final class Variants {

	private Variants() {
	}

	/** A new active product with one variant; returns the variant's id. */
	static UUID aVariant(String schema, boolean tracksInventory) {
		UUID product = UUID.randomUUID();
		UUID variant = UUID.randomUUID();
		String suffix = product.toString().substring(0, 8);
		jdbc()
			.sql("insert into " + quoted(schema) + ".product (id, handle, title, status, track_inventory)"
					+ " values (?, ?, ?, 'active', ?)")
			.params(product, "product-" + suffix, "Product " + suffix, tracksInventory)
			.update();
		jdbc()
			.sql("insert into " + quoted(schema)
					+ ".product_variant (id, product_id, position, sku) values (?, ?, 0, ?)")
			.params(variant, product, "SKU-" + suffix)
			.update();
		return variant;
	}

	/** What is on hand and reserved, summed over locations, as stored. */
	static int[] stored(String schema, UUID variant) {
		return jdbc()
			.sql("select coalesce(sum(on_hand), 0), coalesce(sum(reserved), 0) from " + quoted(schema)
					+ ".inventory_level where variant_id = ?")
			.param(variant)
			.query((row, number) -> new int[] { row.getInt(1), row.getInt(2) })
			.single();
	}

	static int adjustmentCount(String schema, UUID variant) {
		return jdbc().sql("select count(*) from " + quoted(schema) + ".inventory_adjustment where variant_id = ?")
			.param(variant)
			.query(Integer.class)
			.single();
	}

	/** Lets time run out for a reservation, as if its expiry had passed. */
	static void timeRunsOut(String schema, UUID reservation) {
		jdbc()
			.sql("update " + quoted(schema)
					+ ".inventory_reservation set expires_at = now() - interval '1 second' where id = ?")
			.param(reservation)
			.update();
	}

	static String state(String schema, UUID reservation) {
		return jdbc().sql("select state from " + quoted(schema) + ".inventory_reservation where id = ?")
			.param(reservation)
			.query(String.class)
			.single();
	}

	private static JdbcClient jdbc() {
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource());
	}

	// a test naming a schema it got from provisioning: the quoting is enough here
	private static String quoted(String schema) {
		return "\"" + schema.replace("\"", "\"\"") + "\"";
	}

}
