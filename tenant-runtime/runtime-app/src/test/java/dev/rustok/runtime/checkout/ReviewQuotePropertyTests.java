package dev.rustok.runtime.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.pricing.PricingRules;
import dev.rustok.runtime.pricing.ShippingMethod;
import dev.rustok.runtime.pricing.TaxRate;
import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.pricing.TotalsCalculation;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.VariantId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The review's quote (docs/adr/0085): whatever the cart, the quote read back is the
 * review it was made from, the same prices always pass, and any changed price is flagged
 * naming exactly the lines that changed, with both prices.
 */
class ReviewQuotePropertyTests {

	@Property
	void aQuoteReadBackIsTheReviewItWasMadeFrom(@ForAll("reviews") Review review) {
		ReviewQuote quote = ReviewQuote.of(review.lines(), review.totals());

		ReviewQuote read = ReviewQuote.decode(quote.encoded());

		assertThat(read).isEqualTo(quote);
		assertThat(quote.encoded()).hasSizeLessThanOrEqualTo(ReviewQuote.MAX_LENGTH).matches("[A-Za-z0-9_-]+");
	}

	@Property
	void theSamePricesAlwaysPass(@ForAll("reviews") Review review) {
		ReviewQuote.decode(ReviewQuote.of(review.lines(), review.totals()).encoded())
			.check(review.lines(), review.totals());
	}

	@Property
	void everyChangedPriceIsFlaggedAndNothingElse(@ForAll("reviews") Review review,
			@ForAll("raises") List<Long> raises) {
		ReviewQuote quote = ReviewQuote.of(review.lines(), review.totals());
		List<PricedLine> now = new ArrayList<>();
		List<Integer> changed = new ArrayList<>();
		for (int i = 0; i < review.lines().size(); i++) {
			PricedLine line = review.lines().get(i);
			long raise = raises.get(i % raises.size());
			now.add(new PricedLine(line.variantId(), line.sku(), line.title(),
					new Money(line.unitPrice().amountMinor() + raise, line.unitPrice().currency()), line.quantity(),
					line.unitWeightGrams()));
			if (raise != 0) {
				changed.add(i);
			}
		}
		Totals totals = TotalsCalculation.totals(now, review.rules());

		PricesChanged refused = catchThrowableOfType(PricesChanged.class, () -> quote.check(now, totals));

		if (changed.isEmpty()) {
			assertThat(refused).isNull();
			return;
		}
		assertThat(refused).isNotNull();
		List<PricesChanged.ChangedLine> lines = lines(refused);
		assertThat(lines).extracting(PricesChanged.ChangedLine::line).containsExactlyElementsOf(changed);
		assertThat(lines).allSatisfy((line) -> {
			assertThat(line.reviewedUnitPrice()).isEqualTo(review.lines().get(line.line()).unitPrice());
			assertThat(line.unitPrice()).isEqualTo(now.get(line.line()).unitPrice());
		});
		assertThat(refused.errors()).extracting((problem) -> problem.field())
			.startsWith(changed.stream().map((i) -> "lines[" + i + "].unitPrice").toArray(String[]::new));
	}

	@Property
	void aQuoteCutShortOrChangedInItsFormatIsRefusedAsBadInput(@ForAll("reviews") Review review,
			@ForAll @IntRange(min = 1, max = 40) int cut) {
		String encoded = ReviewQuote.of(review.lines(), review.totals()).encoded();
		String shorter = encoded.substring(0, Math.max(0, encoded.length() - cut));

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> ReviewQuote.decode(shorter))
			.satisfies((refused) -> assertThat(refused.errors().getFirst().field()).isEqualTo("quote"));
	}

	@SuppressWarnings("unchecked")
	private static List<PricesChanged.ChangedLine> lines(PricesChanged refused) {
		return (List<PricesChanged.ChangedLine>) refused.properties().get("changedLines");
	}

	record Review(List<PricedLine> lines, PricingRules rules, Totals totals) {

	}

	@Provide
	Arbitrary<Review> reviews() {
		return Arbitraries.of("EUR", "JPY", "KWD").flatMap((currency) -> {
			Arbitrary<PricedLine> line = Combinators
				.combine(Arbitraries.longs().between(0, 1_000_000), Arbitraries.integers().between(1, 99))
				.as((price, quantity) -> new PricedLine(VariantId.random(), "SKU", "Thing", new Money(price, currency),
						quantity, 100));
			Arbitrary<Long> shipping = Arbitraries.longs().between(0, 5_000);
			return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(50), shipping).as((lines, rate) -> {
				PricingRules rules = new PricingRules(new ShippingMethod.FlatRate("flat", new Money(rate, currency)),
						new TaxRate("XX", 1_900, true), Optional.empty());
				return new Review(lines, rules, TotalsCalculation.totals(lines, rules));
			});
		});
	}

	@Provide
	Arbitrary<List<Long>> raises() {
		return Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 10_000))
			.list()
			.ofMinSize(1)
			.ofMaxSize(50);
	}

}
