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
	void acceptsZeroAndTenToTheTwelve() {
		assertThat(new Money(0, "EUR").formatted()).isEqualTo("0.00 EUR");
		assertThat(new Money(1_000_000_000_000L, "EUR").formatted()).isEqualTo("10000000000.00 EUR");
	}

	@Test
	void rejectsANegativeAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(-1, "EUR")).withMessageContaining("negative");
	}

	@Test
	void rejectsTheLargestLong() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(Long.MAX_VALUE, "EUR"));
	}

	@Test
	void rejectsACurrencyThatIsNotAnUpperCaseIsoCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, "eur"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, "EURO"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, "QQQ"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, null));
	}

	@Test
	void rejectsCodesThatAreNotMoneyAShopCanCharge() {
		for (String code : new String[] { "XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XSU", "XUA", "BOV",
				"CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "DEM", "HRK", "ZWL" }) {
			assertThatIllegalArgumentException().as(code).isThrownBy(() -> new Money(1, code));
		}
	}

	@Test
	void acceptsEveryCirculatingCurrency() {
		assertThat(CirculatingCurrencies.codes()).hasSizeGreaterThan(150)
			.contains("EUR", "USD", "JPY", "XOF", "XAF", "XCD", "XPF", "CHF");
		CirculatingCurrencies.codes().forEach((code) -> assertThat(new Money(1, code).currency()).isEqualTo(code));
	}

}
