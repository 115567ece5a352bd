package dev.rustok.runtime.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bulk price change's arithmetic: never negative, never over the cap, exact. */
class BulkPricePropertyTests {

	@Property
	void aChangedPriceIsNeverNegativeNorOverTheCap(
			@ForAll @LongRange(min = 0, max = Money.MAX_AMOUNT_MINOR) long amountMinor,
			@ForAll("percents") BigDecimal percent) {
		Optional<Long> changed = BulkPriceChange.of("EUR", percent).applyTo(amountMinor);

		changed.ifPresent((amount) -> assertThat(amount).isBetween(0L, Money.MAX_AMOUNT_MINOR));
		if (changed.isEmpty()) {
			// only refused when the exact result is over the cap
			assertThat(BigDecimal.valueOf(amountMinor).multiply(BigDecimal.valueOf(100).add(percent)))
				.isGreaterThan(BigDecimal.valueOf(Money.MAX_AMOUNT_MINOR).multiply(BigDecimal.valueOf(100)));
		}
	}

	@Property
	void theResultIsTheExactChangeRoundedHalfEvenToAMinorUnit(
			@ForAll @LongRange(min = 0, max = 1_000_000_000L) long amountMinor,
			@ForAll("percents") BigDecimal percent) {
		BigDecimal exact = BigDecimal.valueOf(amountMinor)
			.multiply(BigDecimal.valueOf(100).add(percent))
			.divide(BigDecimal.valueOf(100));

		long changed = BulkPriceChange.of("EUR", percent).applyTo(amountMinor).orElseThrow();

		assertThat(BigDecimal.valueOf(changed).subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
		assertThat(changed).isEqualTo(exact.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
	}

	@Property
	void aPriceGoesNeitherUpOnADiscountNorDownOnARise(
			@ForAll @LongRange(min = 0, max = 1_000_000_000L) long amountMinor,
			@ForAll("percents") BigDecimal percent) {
		long changed = BulkPriceChange.of("EUR", percent).applyTo(amountMinor).orElseThrow();

		if (percent.signum() < 0) {
			assertThat(changed).isLessThanOrEqualTo(amountMinor);
		}
		else {
			assertThat(changed).isGreaterThanOrEqualTo(amountMinor);
		}
	}

	@Property
	void refusesAChangeOutsideOnePercentToAThousandPercentOfTheOldPrice(@ForAll("outOfRange") BigDecimal percent) {
		assertThatThrownBy(() -> BulkPriceChange.of("EUR", percent)).isInstanceOf(InvalidInput.class);
	}

	@Provide
	Arbitrary<BigDecimal> percents() {
		return Arbitraries.bigDecimals().between(BigDecimal.valueOf(-99), BigDecimal.valueOf(900)).ofScale(2);
	}

	@Provide
	Arbitrary<BigDecimal> outOfRange() {
		return Arbitraries.oneOf(
				Arbitraries.bigDecimals().between(BigDecimal.valueOf(-100_000), new BigDecimal("-99.01")).ofScale(2),
				Arbitraries.bigDecimals().between(new BigDecimal("900.01"), BigDecimal.valueOf(100_000)).ofScale(2));
	}

}
