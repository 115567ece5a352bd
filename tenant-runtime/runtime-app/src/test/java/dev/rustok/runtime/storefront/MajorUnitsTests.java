package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.List;

import dev.rustok.runtime.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MajorUnitsTests {

	@Test
	void readsWhatShoppersTypeInTheCurrencysDecimals() {
		List<FieldProblem> problems = new ArrayList<>();

		assertThat(MajorUnits.toMinor("12.50", "EUR", "min", problems)).contains(1250L);
		assertThat(MajorUnits.toMinor(" 12 ", "EUR", "min", problems)).contains(1200L);
		assertThat(MajorUnits.toMinor("1500", "JPY", "min", problems)).contains(1500L);
		assertThat(MajorUnits.toMinor("", "EUR", "min", problems)).isEmpty();
		assertThat(problems).isEmpty();
	}

	@Test
	void refusesNegativeOverPreciseOrAbsurdAmountsNamingTheField() {
		List<FieldProblem> problems = new ArrayList<>();

		MajorUnits.toMinor("-1", "EUR", "min", problems);
		MajorUnits.toMinor("1.005", "EUR", "max", problems);
		MajorUnits.toMinor("10.5", "JPY", "min", problems);
		MajorUnits.toMinor("1e400", "EUR", "max", problems);
		MajorUnits.toMinor("twelve", "EUR", "min", problems);

		assertThat(problems).extracting(FieldProblem::field).containsExactly("min", "max", "min", "max", "min");
	}

}
