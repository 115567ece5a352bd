package dev.rustok.runtime.storefront;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ListingRequestTests {

	@Test
	void defaultsToTheNewestTwentyWithoutFilters() {
		ListingRequest request = ListingRequest.parse(Map.of(), "limit");

		assertThat(request.sort()).isEqualTo(ProductSort.NEWEST);
		assertThat(request.limit()).isEqualTo(20);
		assertThat(request.after()).isEmpty();
		assertThat(request.filter()).isEqualTo(ProductFilter.none());
	}

	@Test
	void readsEveryFilter() {
		ListingRequest request = ListingRequest.parse(Map.of("collection", "summer", "category", "shoes", "tag",
				" red ", "minPrice", "100", "maxPrice", "1000000000000", "currency", "USD", "inStock", "true", "q",
				"lamp", "sort", "price_desc", "limit", "100"), "limit");

		assertThat(request.filter())
			.isEqualTo(new ProductFilter(Optional.of("summer"), Optional.of("shoes"), Optional.of("red"),
					Optional.of(100L), Optional.of(1_000_000_000_000L), Optional.of("USD"), true, Optional.of("lamp")));
		assertThat(request.sort()).isEqualTo(ProductSort.PRICE_DESC);
		assertThat(request.limit()).isEqualTo(100);
	}

	@Test
	void namesEveryBadParameterAtOnceUnderTheCallersNames() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> ListingRequest.parse(Map.of("first", "0", "sort", "random", "maxPrice", "1000000000001", "tag",
						"x".repeat(61), "category", "Shoes!", "after", "%%%"), "first"));

		assertThat(invalid.errors()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("first", "sort", "maxPrice", "tag", "category", "after");
	}

	@Test
	void keepsACursorOnlyWithTheSortItWasMadeFor() {
		String cursor = new Cursor(ProductSort.TITLE, "lamp", UUID.randomUUID()).encoded();

		assertThat(ListingRequest.parse(Map.of("sort", "title", "after", cursor), "limit").after()).isPresent();
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> ListingRequest.parse(Map.of("after", cursor), "limit"));
		assertThat(invalid.errors()).extracting(FieldProblem::field).containsExactly("after");
	}

}
