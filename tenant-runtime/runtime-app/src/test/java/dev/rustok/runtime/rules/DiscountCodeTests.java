package dev.rustok.runtime.rules;

import java.time.Instant;

import dev.rustok.runtime.pricing.Discount;
import dev.rustok.runtime.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscountCodeTests {

	private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

	private static final Instant END = Instant.parse("2027-01-01T00:00:00Z");

	@Test
	void aCodeIsUsableFromItsStartUntilJustBeforeItsEnd() {
		DiscountCode code = code(null, 0);

		assertThat(code.refusal(START.minusNanos(1000)))
			.hasValueSatisfying((why) -> assertThat(why).contains("not valid yet"));
		assertThat(code.refusal(START)).isEmpty();
		assertThat(code.refusal(END.minusNanos(1000))).isEmpty();
		assertThat(code.refusal(END)).hasValue("has expired");
	}

	@Test
	void aCodeWhoseUsesReachedItsLimitIsUsedUp() {
		assertThat(code(3, 2).refusal(START)).isEmpty();
		assertThat(code(3, 3).refusal(START)).hasValue("has been used up");
		assertThat(code(null, 1_000_000).refusal(START)).as("no limit").isEmpty();
	}

	private static DiscountCode code(Integer limit, int used) {
		return new DiscountCode(new Discount.Percentage("SAVE10", 1_000, new Money(0, "EUR")), limit, used, START, END);
	}

}
