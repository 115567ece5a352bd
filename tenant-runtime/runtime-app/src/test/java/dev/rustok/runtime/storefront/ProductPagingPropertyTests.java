package dev.rustok.runtime.storefront;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyset paging on real PostgreSQL: for random catalogues (with many ties in date, title
 * and price, and drafts among them), every sort and every page size, the pages laid end
 * to end are exactly the whole sorted list of active products, each page full but the
 * last.
 */
class ProductPagingPropertyTests {

	private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T12:00:00.123456Z");

	private static ScratchShop shop;

	@BeforeContainer
	static void openShop() {
		shop = new ScratchShop();
	}

	@AfterContainer
	static void closeShop() {
		shop.close();
	}

	@Property(tries = 60)
	void concatenatedPagesAreTheWholeSortedListInEverySort(@ForAll("catalogues") List<ProductSpec> catalogue,
			@ForAll @IntRange(min = 1, max = 7) int pageSize, @ForAll ProductSort sort, @ForAll boolean inStockOnly) {
		shop.rows.clear();
		Set<UUID> visible = new HashSet<>();
		for (ProductSpec spec : catalogue) {
			var product = shop.rows.product(spec.title())
				.createdAt(T0.plusSeconds(spec.secondsLater()))
				.status(spec.status())
				.variant(List.of(), Map.of("EUR", spec.price()), spec.onHand(), 0);
			if (spec.tracked()) {
				product.tracked();
			}
			UUID id = product.insert();
			if (spec.status().equals("active") && (!inStockOnly || !spec.tracked() || spec.onHand() > 0)) {
				visible.add(id);
			}
		}
		ProductFilter filter = new ProductFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.of("EUR"), inStockOnly, Optional.empty());

		List<UUID> whole = ids(shop.catalog.list(ScratchShop.TENANT,
				new ListingRequest(filter, sort, ListingRequest.MAX_LIMIT, Optional.empty())));
		List<UUID> paged = new ArrayList<>();
		Optional<Cursor> after = Optional.empty();
		do {
			Listing page = shop.catalog.list(ScratchShop.TENANT, new ListingRequest(filter, sort, pageSize, after));
			assertThat(page.entries()).hasSizeLessThanOrEqualTo(pageSize);
			if (page.hasMore()) {
				assertThat(page.entries()).hasSize(pageSize);
			}
			paged.addAll(ids(page));
			// the cursor goes through its text form, as a client carries it
			after = page.next().map(Cursor::encoded).flatMap(Cursor::decode);
		}
		while (after.isPresent());

		assertThat(whole).containsExactlyInAnyOrderElementsOf(visible);
		assertThat(paged).containsExactlyElementsOf(whole);
	}

	@Provide
	Arbitrary<List<ProductSpec>> catalogues() {
		Arbitrary<String> titles = Arbitraries.of("apple", "Apple", "banana", "Cherry", "cherry pie", "ÄPFEL");
		Arbitrary<Integer> seconds = Arbitraries.integers().between(0, 3);
		Arbitrary<Long> prices = Arbitraries.of(0L, 100L, 250L, 1_000_000_000_000L);
		Arbitrary<String> statuses = Arbitraries.of("active", "active", "active", "draft", "archived");
		Arbitrary<Boolean> tracked = Arbitraries.of(true, false);
		Arbitrary<Integer> onHand = Arbitraries.integers().between(0, 2);
		return Combinators.combine(titles, seconds, prices, statuses, tracked, onHand)
			.as(ProductSpec::new)
			.list()
			.ofMaxSize(30);
	}

	private static List<UUID> ids(Listing listing) {
		return listing.items().stream().map(ProductCard::id).toList();
	}

	record ProductSpec(String title, int secondsLater, long price, String status, boolean tracked, int onHand) {

	}

}
