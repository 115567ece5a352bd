package dev.rustok.runtime.catalog;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.rustok.runtime.catalog.ProductInput.ImageInput;
import dev.rustok.runtime.catalog.ProductInput.OptionInput;
import dev.rustok.runtime.catalog.ProductInput.PriceInput;
import dev.rustok.runtime.catalog.ProductInput.VariantInput;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProductInputTests {

	private static final Set<String> SHOP = Set.of("EUR", "USD");

	@Test
	void acceptsAProductWithoutOptionsAsADraftThatTracksStock() {
		ProductDetails details = product(null, List.of(variant("MUG-1", List.of(), price("EUR", 1250L)))).check(SHOP);

		assertThat(details.title()).isEqualTo("Mug");
		assertThat(details.status()).isEqualTo(ProductStatus.DRAFT);
		assertThat(details.trackInventory()).isTrue();
		assertThat(details.handle()).isNull();
		assertThat(details.variants()).singleElement()
			.satisfies((variant) -> assertThat(variant.prices()).containsExactly(new Price("EUR", 1250, null)));
	}

	@Test
	void reportsEveryWrongFieldAtOnceWithItsPath() {
		ProductInput input = new ProductInput(" ", "Bad Handle", null, "live", null,
				List.of(new OptionInput("Size", List.of("S", "S"))),
				List.of(variant("", List.of("S"), price("GBP", -1L)), variant("B", List.of("M"), price("EUR", 1L))),
				List.of(new ImageInput("ftp://x/y.jpg", null)), null, null, null, null);

		InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> input.check(SHOP));

		assertThat(invalid.errors()).extracting(FieldProblem::field)
			.containsExactly("title", "handle", "status", "options[0].values[1]", "variants[0].sku",
					"variants[0].prices[0].currency", "variants[0].prices[0].amountMinor",
					"variants[1].optionValues[0]", "images[0].url");
	}

	@Test
	void keepsTagsAndGroupsOnceEach() {
		UUID collection = UUID.randomUUID();
		ProductInput input = new ProductInput("Mug", null, null, "active", false, null,
				List.of(variant("MUG", List.of(), price("EUR", 1L))), null, List.of("blue", " blue ", "red"),
				List.of(collection, collection), null, null);

		ProductDetails details = input.check(SHOP);

		assertThat(details.tags()).containsExactly("blue", "red");
		assertThat(details.collectionIds()).containsExactly(new CollectionId(collection));
		assertThat(details.trackInventory()).isFalse();
	}

	@Test
	void acceptsOnlyAbsoluteHttpAndHttpsUrls() {
		assertThat(ProductInput.isWebUrl("https://cdn.example/a.jpg")).isTrue();
		assertThat(ProductInput.isWebUrl("HTTP://cdn.example/a.jpg")).isTrue();
		assertThat(ProductInput.isWebUrl("javascript:alert(1)")).isFalse();
		assertThat(ProductInput.isWebUrl("//cdn.example/a.jpg")).isFalse();
		assertThat(ProductInput.isWebUrl("https:///a.jpg")).isFalse();
	}

	private static ProductInput product(List<OptionInput> options, List<VariantInput> variants) {
		return new ProductInput(" Mug ", null, null, null, null, options, variants, null, null, null, null, null);
	}

	private static VariantInput variant(String sku, List<String> values, PriceInput price) {
		return new VariantInput(null, sku, values, List.of(price), null, null);
	}

	private static PriceInput price(String currency, Long amount) {
		return new PriceInput(currency, amount, null);
	}

}
