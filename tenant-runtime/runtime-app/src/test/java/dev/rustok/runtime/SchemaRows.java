package dev.rustok.runtime;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads a tenant schema directly, to check where rows really live. */
final class SchemaRows {

	private SchemaRows() {
	}

	static List<String> skus(String schema) {
		// a test reading a schema it named itself: the quoting is enough here
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql("select sku from \"" + schema.replace("\"", "\"\"") + "\".catalog_product order by sku")
			.query(String.class)
			.list();
	}

	static String name(String schema, String sku) {
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql("select name from \"" + schema.replace("\"", "\"\"") + "\".catalog_product where sku = ?")
			.param(sku)
			.query(String.class)
			.single();
	}

}
