package dev.rustok.runtime.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void formatsMinorUnitsWithTheCurrencysDecimals() {
		assertThat(new Money(1250, "EUR").formatted()).isEqualTo("12.50 EUR");
		assertThat(new Money(5, "USD").formatted()).isEqualTo("0.05 USD");
		assertThat(new Money(1250, "JPY").formatted()).isEqualTo("1250 JPY");
		assertThat(new Money(1250, "BHD").formatted()).isEqualTo("1.250 BHD");
	}

	@Test
	void acceptsZero() {
		assertThat(new Money(0, "EUR").formatted()).isEqualTo("0.00 EUR");
	}

	@Test
	void rejectsANegativeAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(-1, "EUR")).withMessageContaining("negative");
	}

	@Test
	void rejectsACurrencyThatIsNotAnUpperCaseIsoCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, "eur"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, "EURO"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, "QQQ"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, null));
	}

}
