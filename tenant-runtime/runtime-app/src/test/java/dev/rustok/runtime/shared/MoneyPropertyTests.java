package dev.rustok.runtime.shared;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Negative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyPropertyTests {

	@Property
	void neverAcceptsANegativeAmount(@ForAll @Negative long amountMinor, @ForAll("currencies") String currency) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(amountMinor, currency));
	}

	@Property
	void keepsEveryNonNegativeAmountExactlyWhenFormatted(@ForAll @LongRange(min = 0) long amountMinor,
			@ForAll("currencies") String currency) {
		Money money = new Money(amountMinor, currency);
		String[] parts = money.formatted().split(" ");
		assertThat(parts[1]).isEqualTo(currency);
		assertThat(new BigDecimal(parts[0]).unscaledValue().longValueExact()).isEqualTo(amountMinor);
	}

	@Provide
	Arbitrary<String> currencies() {
		return Arbitraries.of("EUR", "USD", "JPY", "BHD", "RUB", "GBP");
	}

}
