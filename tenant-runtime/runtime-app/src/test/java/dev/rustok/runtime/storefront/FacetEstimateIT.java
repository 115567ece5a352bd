package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rustok.runtime.catalogindex.ProductDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's guess of a facet filter's matches holds from one ANALYZE to the next
 * (tenant V22, docs/adr/0118): a tag on 3 % of 40,000 products, each with one more of 60
 * tags and one of its own (no two alike, as real catalogues), is guessed within half to
 * twice its real count after every ANALYZE. With the default statistics ANALYZE samples
 * 30,000 rows into a histogram of 100 entries, and the guess swung with each sample, and
 * the tag list's plan with it. Also rebuilds 2,000 documents per call, more than one
 * statement's bind values could carry.
 */
class FacetEstimateIT {

	private static final Pattern ROWS = Pattern.compile("rows=(\\d+)");

	private static ScratchShop shop;

	@BeforeAll
	static void taggedProducts() {
		shop = new ScratchShop();
		shop.dsl.execute("""
				insert into t_scratch.product (id, handle, title, status, track_inventory, created_at)
				select gen_random_uuid(), 'product-' || n, 'Product ' || n, 'active', false,
				       now() - n * interval '1 minute'
				from generate_series(1, 40000) n""");
		shop.dsl.execute("""
				insert into t_scratch.product_tag (product_id, tag)
				select id, t from t_scratch.product cross join lateral (values
				  ('tag-' || abs(hashtext(handle)) % 60), ('own-' || handle),
				  (case when abs(hashtext(handle || 'w')) % 100 < 3 then 'walnut' end)) tags(t)
				where t is not null
				on conflict do nothing""");
		List<UUID> ids = shop.dsl.fetch("select id from t_scratch.product").getValues(0, UUID.class);
		ProductDocuments documents = new ProductDocuments((tenant) -> shop.dsl);
		// as a reindex does: a transaction per batch, whose advisory locks it releases
		for (int from = 0; from < ids.size(); from += 2_000) {
			List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + 2_000));
			shop.dsl.transaction((trx) -> documents.rebuild(ScratchShop.TENANT, batch));
		}
	}

	@AfterAll
	static void closeShop() {
		shop.close();
	}

	@Test
	void aTagFiltersGuessHoldsFromOneAnalyzeToTheNext() {
		long tagged = ((Number) shop.dsl
			.fetchValue("select count(*) from t_scratch.read_product where facets @> '{\"tags\":[\"walnut\"]}'"))
			.longValue();
		assertThat(tagged).as("products tagged walnut").isBetween(900L, 1500L);
		List<Long> guesses = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			shop.dsl.execute("analyze t_scratch.read_product");
			String plan = shop.dsl
				.fetch("explain select * from t_scratch.read_product where facets @> '{\"tags\":[\"walnut\"]}'")
				.getValues(0, String.class)
				.getFirst();
			Matcher rows = ROWS.matcher(plan);
			assertThat(rows.find()).as(plan).isTrue();
			guesses.add(Long.parseLong(rows.group(1)));
		}

		assertThat(guesses).as("the planner's guesses of %d tagged products", tagged)
			.allSatisfy((guess) -> assertThat(guess).isBetween(tagged * 3 / 4, tagged * 5 / 4));
	}

}
