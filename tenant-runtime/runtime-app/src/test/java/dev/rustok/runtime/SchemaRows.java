package dev.rustok.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads a tenant schema directly, to check where rows really live. */
final class SchemaRows {

	/** Every table the catalogue writes. */
	static final List<String> CATALOG_TABLES = List.of("product", "product_handle_redirect", "product_option",
			"product_variant", "variant_price", "product_image", "product_tag", "collection", "collection_product",
			"category", "product_category", "store_settings");

	private SchemaRows() {
	}

	static List<String> skus(String schema) {
		// a test reading a schema it named itself: the quoting is enough here
		return jdbc().sql("select sku from " + quoted(schema) + ".product_variant order by sku")
			.query(String.class)
			.list();
	}

	/** The title of the product that has a variant with this SKU. */
	static String name(String schema, String sku) {
		return jdbc()
			.sql("select p.title from " + quoted(schema) + ".product p join " + quoted(schema)
					+ ".product_variant v on v.product_id = p.id where v.sku = ?")
			.param(sku)
			.query(String.class)
			.single();
	}

	/**
	 * A digest of every catalogue table's rows: equal before and after a refused request
	 * when it changed nothing.
	 */
	static Map<String, String> catalogState(String schema) {
		Map<String, String> state = new LinkedHashMap<>();
		for (String table : CATALOG_TABLES) {
			state.put(table, jdbc()
				.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
						+ quoted(schema) + "." + table + " t")
				.query(String.class)
				.single());
		}
		return state;
	}

	static List<String> oldHandles(String schema, String productId) {
		return jdbc()
			.sql("select old_handle from " + quoted(schema)
					+ ".product_handle_redirect where product_id = ?::uuid order by old_handle")
			.param(productId)
			.query(String.class)
			.list();
	}

	private static JdbcClient jdbc() {
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource());
	}

	private static String quoted(String schema) {
		return "\"" + schema.replace("\"", "\"\"") + "\"";
	}

}
