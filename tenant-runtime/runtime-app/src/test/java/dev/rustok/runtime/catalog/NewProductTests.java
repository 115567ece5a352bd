package dev.rustok.runtime.catalog;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NewProductTests {

	@Test
	void acceptsAProductWithoutDescription() {
		NewProduct product = NewProduct.of("MUG-1", " Mug ", null, 1250L, "EUR", true);
		assertThat(product).isEqualTo(new NewProduct("MUG-1", "Mug", null, new Money(1250, "EUR")));
	}

	@Test
	void reportsEveryWrongFieldAtOnce() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> NewProduct.of(" ", "x".repeat(201), null, -5L, "eur", true));
		assertThat(invalid.errors()).extracting(FieldProblem::field)
			.containsExactly("sku", "name", "price.amountMinor", "price.currency");
	}

	@Test
	void requiresAPrice() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> NewProduct.of("MUG-1", "Mug", null, null, null, false));
		assertThat(invalid.errors()).containsExactly(new FieldProblem("price", "is required"));
	}

	@Test
	void rejectsASkuWithSpacesOrOverSixtyFourCharacters() {
		assertThat(catchThrowableOfType(InvalidInput.class, () -> NewProduct.of("MUG 1", "Mug", null, 1L, "EUR", true))
			.errors()).extracting(FieldProblem::field).containsExactly("sku");
		assertThat(catchThrowableOfType(InvalidInput.class,
				() -> NewProduct.of("A".repeat(65), "Mug", null, 1L, "EUR", true))
			.errors()).extracting(FieldProblem::reason).containsExactly("must have at most 64 characters");
	}

	@Test
	void countsTheNameInCharactersNotUtf16Units() {
		String emoji = "\uD83D\uDE00";
		assertThat(NewProduct.of("EMOJI", emoji.repeat(200), null, 1L, "EUR", true).name())
			.isEqualTo(emoji.repeat(200));
		assertThat(catchThrowableOfType(InvalidInput.class,
				() -> NewProduct.of("EMOJI", emoji.repeat(201), null, 1L, "EUR", true))
			.errors()).extracting(FieldProblem::reason)
			.containsExactly("must have at most 200 characters (Unicode code points); it has 201");
	}

	@Test
	void namesEveryTextFieldWithAControlCharacterOrALoneSurrogate() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> NewProduct.of("MUG\u0000", "Mug\u0000", "half \uD83D", 1L, "EUR", true));
		assertThat(invalid.errors()).extracting(FieldProblem::field).containsExactly("sku", "name", "description");
	}

	@Test
	void refusesAnAmountAboveTenToTheTwelveMinorUnits() {
		assertThat(NewProduct.of("MAX", "Max", null, Money.MAX_AMOUNT_MINOR, "EUR", true).price().amountMinor())
			.isEqualTo(1_000_000_000_000L);
		assertThat(catchThrowableOfType(InvalidInput.class,
				() -> NewProduct.of("MAX", "Max", null, Money.MAX_AMOUNT_MINOR + 1, "EUR", true))
			.errors()).extracting(FieldProblem::field).containsExactly("price.amountMinor");
	}

}
