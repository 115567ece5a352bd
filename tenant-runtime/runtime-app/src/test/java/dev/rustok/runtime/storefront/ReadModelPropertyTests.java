package dev.rustok.runtime.storefront;

import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.catalogindex.ProductDocuments;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexer's invariant on real PostgreSQL (issue 13, docs/adr/0064): whatever the
 * interleaving of writes to two products (titles, handles that they swap and take from
 * each other, status, tags, prices, stock tracking, units on hand and held) and of
 * deliveries of their events (late, repeated, one product's before the other's, both in
 * one batch), once every event has been delivered the read tables hold exactly what a
 * rebuild from scratch of the write model gives: no document lost, none twice, no stale
 * handle or redirect.
 */
class ReadModelPropertyTests {

	private static ScratchShop shop;

	private static ProductDocuments documents;

	@BeforeContainer
	static void openShop() {
		shop = new ScratchShop();
		documents = new ProductDocuments((tenant) -> shop.dsl);
	}

	@AfterContainer
	static void closeShop() {
		shop.close();
	}

	/** A write to product 0 or 1 of the write model, or a delivery of its event. */
	record Step(String kind, int product, int value) {

	}

	@Property(tries = 80)
	void afterEveryEventIsDeliveredTheReadModelEqualsARebuildFromScratch(@ForAll("histories") List<Step> history) {
		shop.rows.clear();
		UUID[] ids = { shop.rows.product("Zero").handle("h-0").price(100).insert(),
				shop.rows.product("One").handle("h-1").price(200).insert() };
		boolean[] pending = new boolean[2];
		boolean[] stockPending = new boolean[2];
		for (Step step : history) {
			UUID id = ids[step.product()];
			if (step.kind().equals("together")) {
				// one relay batch with both products' pending events, as the indexer
				// takes
				// it: one change of a set of products (docs/adr/0117)
				java.util.Set<UUID> products = new java.util.HashSet<>();
				java.util.Set<UUID> variants = new java.util.HashSet<>();
				for (int product = 0; product < 2; product++) {
					if (stockPending[product]) {
						variants.add(firstVariant(ids[product]));
					}
					if (pending[product]) {
						products.add(ids[product]);
					}
					pending[product] = false;
					stockPending[product] = false;
				}
				documents.changed(ScratchShop.TENANT, products, variants);
				continue;
			}
			if (step.kind().equals("deliver")) {
				// a product's event and its variant's stock event are two aggregates:
				// the relay may hand them over in either order
				deliver(id, pending[step.product()], stockPending[step.product()], step.value() % 2 == 0);
				pending[step.product()] = false;
				stockPending[step.product()] = false;
				continue;
			}
			write(step, id);
			if (step.kind().equals("level")) {
				stockPending[step.product()] = true;
			}
			else {
				pending[step.product()] = true;
			}
		}
		for (int product = 0; product < 2; product++) {
			deliver(ids[product], pending[product], stockPending[product], true);
		}
		String delivered = snapshot();
		shop.dsl.execute("delete from t_scratch.read_product");
		documents.rebuild(ScratchShop.TENANT, List.of(ids));
		String rebuilt = snapshot();

		assertThat(delivered).isEqualTo(rebuilt);
	}

	private static void deliver(UUID product, boolean productEvent, boolean stockEvent, boolean productFirst) {
		if (productEvent && productFirst) {
			documents.rebuild(ScratchShop.TENANT, product);
		}
		if (stockEvent) {
			documents.stockMoved(ScratchShop.TENANT, firstVariant(product));
		}
		if (productEvent && !productFirst) {
			documents.rebuild(ScratchShop.TENANT, product);
		}
	}

	private static UUID firstVariant(UUID product) {
		return (UUID) shop.dsl.fetchValue(
				"select id from t_scratch.product_variant where product_id = ? order by position limit 1", product);
	}

	private static void write(Step step, UUID id) {
		switch (step.kind()) {
			case "title" ->
				shop.dsl.execute("update t_scratch.product set title = ? where id = ?", "Title " + step.value(), id);
			case "status" -> shop.dsl.execute("update t_scratch.product set status = ? where id = ?",
					List.of("draft", "active", "archived").get(step.value() % 3), id);
			case "handle" -> {
				// as the catalogue does: the old handle redirects, unless another product
				// holds the new one
				String handle = "h-" + (step.value() % 3);
				int taken = shop.dsl.fetchCount(
						shop.dsl.selectOne().from("t_scratch.product").where("handle = ? and id <> ?", handle, id));
				if (taken == 0) {
					shop.dsl.execute("""
							insert into t_scratch.product_handle_redirect (old_handle, product_id)
							select handle, id from t_scratch.product where id = ? and handle <> ?
							on conflict (old_handle) do update set product_id = excluded.product_id""", id, handle);
					shop.dsl.execute("delete from t_scratch.product_handle_redirect where old_handle = ?", handle);
					shop.dsl.execute("update t_scratch.product set handle = ? where id = ?", handle, id);
				}
			}
			case "tag" -> shop.dsl.execute("""
					insert into t_scratch.product_tag (product_id, tag) values (?, ?)
					on conflict do nothing""", id, "tag-" + (step.value() % 4));
			case "untag" -> shop.dsl.execute("delete from t_scratch.product_tag where product_id = ? and tag = ?", id,
					"tag-" + (step.value() % 4));
			case "price" -> shop.dsl.execute("""
					update t_scratch.variant_price set amount_minor = ?
					where variant_id in (select id from t_scratch.product_variant where product_id = ?)""",
					100L * (1 + step.value()), id);
			case "stock" -> shop.dsl.execute("""
					update t_scratch.product set track_inventory = ? where id = ?""", step.value() % 2 == 0, id);
			// the variant's units move: none left, one, or two of which one is held
			case "level" -> shop.dsl.execute("""
					insert into t_scratch.inventory_level (variant_id, location_id, on_hand, reserved)
					select ?, id, ?, ? from t_scratch.inventory_location where is_default
					on conflict (variant_id, location_id) do update
					set on_hand = excluded.on_hand, reserved = excluded.reserved""", firstVariant(id), step.value() % 3,
					(step.value() % 3 == 2) ? 1 : 0);
			default -> throw new IllegalArgumentException(step.kind());
		}
	}

	// every read table, in a stable order, without the moment of the rebuild
	private static String snapshot() {
		return shop.dsl.fetch("""
				select product_id, handle, title, title_key, created_at, available, image_url, image_alt,
				       document::text, facets::text, search_config, search::text
				from t_scratch.read_product order by product_id""").formatCSV()
				+ shop.dsl.fetch("select * from t_scratch.read_product_price order by product_id, currency").formatCSV()
				+ shop.dsl.fetch("select * from t_scratch.read_handle_redirect order by old_handle").formatCSV();
	}

	@Provide
	Arbitrary<List<Step>> histories() {
		Arbitrary<String> kinds = Arbitraries.of("title", "status", "handle", "tag", "untag", "price", "stock", "level",
				"level", "deliver", "deliver", "together");
		return net.jqwik.api.Combinators
			.combine(kinds, Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 5))
			.as(Step::new)
			.list()
			.ofMaxSize(25);
	}

}
