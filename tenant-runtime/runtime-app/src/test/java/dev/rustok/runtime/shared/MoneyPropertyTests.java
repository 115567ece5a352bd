package dev.rustok.runtime.shared;

import java.math.BigDecimal;
import java.util.Currency;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Negative;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UpperChars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyPropertyTests {

	@Property
	void neverAcceptsANegativeAmount(@ForAll @Negative long amountMinor, @ForAll("currencies") String currency) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(amountMinor, currency));
	}

	@Property
	void neverAcceptsMoreThanTenToTheTwelveMinorUnits(
			@ForAll @LongRange(min = Money.MAX_AMOUNT_MINOR + 1, max = Long.MAX_VALUE) long amountMinor,
			@ForAll("currencies") String currency) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(amountMinor, currency))
			.withMessageContaining("at most");
	}

	@Property
	void keepsEveryAllowedAmountExactlyWhenFormatted(
			@ForAll @LongRange(min = 0, max = Money.MAX_AMOUNT_MINOR) long amountMinor,
			@ForAll("currencies") String currency) {
		Money money = new Money(amountMinor, currency);
		String[] parts = money.formatted().split(" ");
		assertThat(parts[1]).isEqualTo(currency);
		BigDecimal major = new BigDecimal(parts[0]);
		assertThat(major.unscaledValue().longValueExact()).isEqualTo(amountMinor);
		assertThat(major.scale()).isEqualTo(Currency.getInstance(currency).getDefaultFractionDigits());
	}

	@Property
	void anAllowedAmountStaysExactAsAJavaScriptNumberEvenSummedNineThousandTimes(
			@ForAll @LongRange(min = 0, max = Money.MAX_AMOUNT_MINOR) long amountMinor) {
		// 2^53: the largest integer a JSON number keeps exactly in a browser
		assertThat(Math.multiplyExact(amountMinor, 9_000L)).isLessThanOrEqualTo(1L << 53);
		assertThat((long) (double) (amountMinor * 9_000L)).isEqualTo(amountMinor * 9_000L);
	}

	@Property
	void acceptsAThreeLetterCodeExactlyWhenItIsACirculatingCurrency(@ForAll @StringLength(3) @UpperChars String code) {
		boolean accepted;
		try {
			new Money(1, code);
			accepted = true;
		}
		catch (IllegalArgumentException ex) {
			accepted = false;
		}
		assertThat(accepted).isEqualTo(CirculatingCurrencies.codes().contains(code));
		if (code.startsWith("X") && !code.matches("XAF|XCD|XCG|XOF|XPF")) {
			assertThat(accepted).as(code + " is a metal, fund, test or 'no currency' code").isFalse();
		}
	}

	@Property
	void neverAcceptsALowerCaseCode(@ForAll("currencies") String currency) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, currency.toLowerCase()));
	}

	@Provide
	Arbitrary<String> currencies() {
		return Arbitraries.of(CirculatingCurrencies.codes());
	}

}
