package dev.rustok.runtime.storefront;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.rustok.runtime.catalogindex.ProductDocuments;
import dev.rustok.runtime.schema.TenantSchemaTemplate;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes catalogue rows straight into a tenant schema with plain SQL, independently of
 * the catalogue's write side, so the storefront's tests set up exactly the shop they
 * need. Rows written by SQL publish no event, so each change rebuilds the products it
 * touches in the read tables itself, as the indexer would (docs/adr/0064).
 */
public final class CatalogRows {

	private final JdbcClient jdbc;

	private final String schema;

	private final ProductDocuments documents;

	private final Tenant tenant;

	private final DSLContext dsl;

	public CatalogRows(DataSource dataSource, String schema) {
		this.jdbc = JdbcClient.create(dataSource);
		var dsl = DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withRenderMapping(new RenderMapping()
			.withSchemata(new MappedSchema().withInput(TenantSchemaTemplate.NAME).withOutput(schema))));
		this.documents = new ProductDocuments((any) -> dsl);
		this.dsl = dsl;
		this.tenant = new Tenant(new TenantId("fixture"), schema, "fixture");
		// a test naming a schema it made itself: quoting is enough
		this.schema = "\"" + schema.replace("\"", "\"\"") + "\"";
	}

	/** A product to insert: active, untracked, created now, unless told otherwise. */
	public NewProduct product(String title) {
		return new NewProduct(title);
	}

	public UUID collection(String handle, String title, UUID parent) {
		UUID id = UUID.randomUUID();
		sql("insert into %s.collection (id, handle, title, description, parent_id) values (?, ?, ?, ?, ?)")
			.params(id, handle, title, "About " + title, parent)
			.update();
		return id;
	}

	public void addToCollection(UUID collection, UUID product) {
		sql("insert into %s.collection_product (collection_id, product_id) values (?, ?)").params(collection, product)
			.update();
		index(product);
	}

	public UUID category(String handle, String name, UUID parent) {
		UUID id = UUID.randomUUID();
		sql("insert into %s.category (id, handle, name, parent_id) values (?, ?, ?, ?)")
			.params(id, handle, name, parent)
			.update();
		return id;
	}

	public void categorize(UUID category, UUID product) {
		sql("insert into %s.product_category (product_id, category_id) values (?, ?)").params(product, category)
			.update();
		index(product);
	}

	/** The product once answered at {@code oldHandle}, as a handle change leaves it. */
	public void redirect(String oldHandle, UUID product) {
		sql("insert into %s.product_handle_redirect (old_handle, product_id) values (?, ?)").params(oldHandle, product)
			.update();
		index(product);
	}

	public void status(UUID product, String status) {
		sql("update %s.product set status = ? where id = ?").params(status, product).update();
		index(product);
	}

	/** Removes every product, collection and category (their rows cascade). */
	public void clear() {
		sql("delete from %s.collection").update();
		sql("delete from %s.product_category").update();
		sql("update %s.category set parent_id = null").update();
		sql("delete from %s.category").update();
		sql("delete from %s.product").update();
		sql("delete from %s.read_product").update();
	}

	/**
	 * {@code count} active, untracked products titled {@code title} and a number, each
	 * with {@code tag} and one variant at 1.00 EUR, written in a few statements and
	 * indexed in one rebuild: for tests that need many matches.
	 */
	public List<UUID> many(String title, int count, String tag) {
		List<UUID> ids = sql(
				"""
						insert into %s.product (id, handle, title, description, status, track_inventory, created_at)
						select gen_random_uuid(), replace(lower(?), ' ', '-') || '-' || n, ? || ' ' || n, 'About ' || ? || ' ' || n, 'active',
						       false, now() - n * interval '1 second'
						from generate_series(1, ?) n returning id""")
			.params(title, title, title, count)
			.query(UUID.class)
			.list();
		sql("""
				insert into %s.product_variant (id, product_id, position, sku, option_values)
				select gen_random_uuid(), id, 0, handle, '{}' from %s.product where id = any(?)""")
			.params((Object) ids.toArray(UUID[]::new))
			.update();
		sql("""
				insert into %s.variant_price (variant_id, currency, amount_minor)
				select id, 'EUR', 100 from %s.product_variant where product_id = any(?)""")
			.params((Object) ids.toArray(UUID[]::new))
			.update();
		sql("insert into %s.product_tag (product_id, tag) select id, ? from %s.product where id = any(?)")
			.params(tag, ids.toArray(UUID[]::new))
			.update();
		// one transaction, so one connection for the thousands of statements of the
		// rebuild
		this.dsl.transaction((trx) -> new ProductDocuments((any) -> trx.dsl()).rebuild(this.tenant, ids));
		return ids;
	}

	/** Rebuilds the product's document from its rows, as the indexer does on an event. */
	public void index(UUID product) {
		this.documents.rebuild(this.tenant, product);
	}

	private JdbcClient.StatementSpec sql(String template) {
		return this.jdbc.sql(template.replace("%s", this.schema));
	}

	/** A product and its variants, written by {@link #insert()}. */
	public final class NewProduct {

		private final UUID id = UUID.randomUUID();

		private final String title;

		private String handle;

		private String status = "active";

		private boolean tracked;

		private OffsetDateTime createdAt = OffsetDateTime.now();

		private final List<String> tags = new ArrayList<>();

		private final Map<String, List<String>> options = new LinkedHashMap<>();

		private final List<VariantRow> variants = new ArrayList<>();

		private final List<String> images = new ArrayList<>();

		NewProduct(String title) {
			this.title = title;
			this.handle = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-"
					+ this.id.toString().substring(0, 8);
		}

		public NewProduct handle(String handle) {
			this.handle = handle;
			return this;
		}

		public NewProduct status(String status) {
			this.status = status;
			return this;
		}

		/** Stock is tracked: available only with stock on hand that is not reserved. */
		public NewProduct tracked() {
			this.tracked = true;
			return this;
		}

		public NewProduct createdAt(OffsetDateTime createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		public NewProduct tags(String... tags) {
			this.tags.addAll(List.of(tags));
			return this;
		}

		public NewProduct option(String name, String... values) {
			this.options.put(name, List.of(values));
			return this;
		}

		public NewProduct image(String url) {
			this.images.add(url);
			return this;
		}

		/**
		 * A variant with its option values, prices by currency, and stock on hand /
		 * reserved.
		 */
		public NewProduct variant(List<String> optionValues, Map<String, Long> prices, int onHand, int reserved) {
			this.variants.add(new VariantRow(UUID.randomUUID(), "SKU-" + UUID.randomUUID(), optionValues, prices,
					onHand, reserved));
			return this;
		}

		/** The only variant, priced in EUR, with no options. */
		public NewProduct price(long eurMinor) {
			return variant(List.of(), Map.of("EUR", eurMinor), 0, 0);
		}

		public String handle() {
			return this.handle;
		}

		public UUID insert() {
			sql("insert into %s.product (id, handle, title, description, status, track_inventory, created_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(this.id, this.handle, this.title, "About " + this.title, this.status, this.tracked,
						this.createdAt)
				.update();
			int position = 0;
			for (Map.Entry<String, List<String>> option : this.options.entrySet()) {
				sql("insert into %s.product_option (product_id, position, name, option_values) values (?, ?, ?, ?)")
					.params(this.id, position++, option.getKey(), option.getValue().toArray(String[]::new))
					.update();
			}
			position = 0;
			for (VariantRow variant : this.variants) {
				sql("insert into %s.product_variant (id, product_id, position, sku, option_values) values (?, ?, ?, ?, ?)")
					.params(variant.id(), this.id, position++, variant.sku(),
							variant.optionValues().toArray(String[]::new))
					.update();
				variant.prices()
					.forEach((currency, amount) -> sql(
							"insert into %s.variant_price (variant_id, currency, amount_minor, compare_at_minor) values (?, ?, ?, ?)")
						.params(variant.id(), currency, amount, Math.min(amount + 100, 1_000_000_000_000L))
						.update());
				if (variant.onHand() > 0) {
					sql("insert into %s.inventory_level (variant_id, location_id, on_hand, reserved) "
							+ "select ?, id, ?, ? from %s.inventory_location where is_default")
						.params(variant.id(), variant.onHand(), variant.reserved())
						.update();
				}
			}
			position = 0;
			for (String url : this.images) {
				sql("insert into %s.product_image (id, product_id, position, url, alt) values (?, ?, ?, ?, ?)")
					.params(UUID.randomUUID(), this.id, position++, url, "Picture of " + this.title)
					.update();
			}
			for (String tag : this.tags) {
				sql("insert into %s.product_tag (product_id, tag) values (?, ?)").params(this.id, tag).update();
			}
			index(this.id);
			return this.id;
		}

		/** The variant ids in insertion order (after {@link #insert()}). */
		public List<UUID> variantIds() {
			return this.variants.stream().map(VariantRow::id).toList();
		}

	}

	private record VariantRow(UUID id, String sku, List<String> optionValues, Map<String, Long> prices, int onHand,
			int reserved) {

	}

}
