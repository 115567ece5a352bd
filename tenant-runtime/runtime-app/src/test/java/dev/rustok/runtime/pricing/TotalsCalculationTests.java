package dev.rustok.runtime.pricing;

import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.VariantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TotalsCalculationTests {

	private static final ShippingMethod STANDARD = new ShippingMethod.FlatRate("standard", eur(490));

	@Test
	void addsExclusiveTaxOnTheDiscountedGoodsAndShipping() {
		Totals totals = TotalsCalculation.totals(List.of(line(eur(1_999), 2, 300), line(eur(500), 1, 0)),
				new PricingRules(STANDARD, new TaxRate("US-NY", 888, false),
						Optional.of(new Discount.Percentage("TEN", 1_000, eur(0)))));

		assertThat(totals.subtotal()).isEqualTo(eur(4_498));
		assertThat(totals.discount()).isEqualTo(eur(450));
		assertThat(totals.shipping()).isEqualTo(eur(490));
		// (4498 - 450 + 490) * 8.88 % = 402.97 → 403
		assertThat(totals.tax()).isEqualTo(eur(403));
		assertThat(totals.total()).isEqualTo(eur(4_941));
	}

	@Test
	void showsTheTaxIncludedInGrossPricesWithoutAddingIt() {
		Totals totals = TotalsCalculation.totals(List.of(line(eur(11_900), 1, 0)), new PricingRules(
				new ShippingMethod.FlatRate("pickup", eur(0)), new TaxRate("DE", 1_900, true), Optional.empty()));

		assertThat(totals.tax()).isEqualTo(eur(1_900));
		assertThat(totals.total()).isEqualTo(eur(11_900));
		assertThat(totals.taxInclusive()).isTrue();
	}

	@Test
	void pricesWeightBasedShippingByTheLightestBracketThatCarriesTheParcel() {
		ShippingMethod byWeight = new ShippingMethod.WeightBased("post",
				List.of(new ShippingMethod.Bracket(5_000, eur(1_200)), new ShippingMethod.Bracket(1_000, eur(500))));

		Totals light = TotalsCalculation.totals(List.of(line(eur(100), 2, 500)), rules(byWeight, Optional.empty()));
		Totals heavy = TotalsCalculation.totals(List.of(line(eur(100), 3, 500)), rules(byWeight, Optional.empty()));

		assertThat(light.shipping()).isEqualTo(eur(500));
		assertThat(heavy.shipping()).isEqualTo(eur(1_200));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(
					() -> TotalsCalculation.totals(List.of(line(eur(100), 11, 500)), rules(byWeight, Optional.empty())))
			.satisfies((refused) -> assertThat(refused.errors().getFirst().field()).isEqualTo("shippingMethod"));
	}

	@Test
	void capsAFixedDiscountAtTheSubtotalAndHonoursFreeShipping() {
		Totals capped = TotalsCalculation.totals(List.of(line(eur(300), 1, 0)),
				rules(STANDARD, Optional.of(new Discount.FixedAmount("BIG", eur(1_000), eur(0)))));
		Totals free = TotalsCalculation.totals(List.of(line(eur(300), 1, 0)),
				rules(STANDARD, Optional.of(new Discount.FreeShipping("SHIP", eur(300)))));

		assertThat(capped.discount()).isEqualTo(eur(300));
		assertThat(capped.total()).isEqualTo(eur(490));
		assertThat(free.shipping()).isEqualTo(eur(0));
		assertThat(free.total()).isEqualTo(eur(300));
	}

	@Test
	void refusesADiscountBelowItsMinimumAndAMixOfCurrencies() {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> TotalsCalculation.totals(List.of(line(eur(299), 1, 0)),
					rules(STANDARD, Optional.of(new Discount.FreeShipping("SHIP", eur(300))))))
			.satisfies((refused) -> assertThat(refused.errors().getFirst().field()).isEqualTo("discountCode"));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> TotalsCalculation.totals(List.of(line(eur(100), 1, 0), line(new Money(100, "USD"), 1, 0)),
					rules(STANDARD, Optional.empty())))
			.satisfies((refused) -> assertThat(refused.errors().getFirst().field()).isEqualTo("currency"));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> TotalsCalculation.totals(List.of(line(eur(100), 1, 0)),
					rules(new ShippingMethod.FlatRate("us", new Money(500, "USD")), Optional.empty())))
			.satisfies((refused) -> assertThat(refused.errors().getFirst().field()).isEqualTo("currency"));
	}

	@Test
	void keepsYenTotalsInWholeYen() {
		Totals totals = TotalsCalculation.totals(List.of(line(new Money(333, "JPY"), 1, 0)),
				new PricingRules(new ShippingMethod.FlatRate("jp", new Money(0, "JPY")),
						new TaxRate("JP", 1_000, false), Optional.empty()));

		assertThat(totals.tax()).isEqualTo(new Money(33, "JPY"));
		assertThat(totals.total()).isEqualTo(new Money(366, "JPY"));
	}

	private static PricingRules rules(ShippingMethod shipping, Optional<Discount> discount) {
		return new PricingRules(shipping, TaxRate.none("XX"), discount);
	}

	private static PricedLine line(Money unitPrice, int quantity, int grams) {
		return new PricedLine(VariantId.random(), "SKU-1", "Mug", unitPrice, quantity, grams);
	}

	private static Money eur(long minor) {
		return new Money(minor, "EUR");
	}

}
