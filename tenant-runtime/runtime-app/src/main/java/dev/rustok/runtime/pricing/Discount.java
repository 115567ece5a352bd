package dev.rustok.runtime.pricing;

import java.util.Objects;

import dev.rustok.runtime.shared.Money;

/**
 * A discount code the shopper entered, already checked for its dates and usage limits; it
 * applies when the subtotal reaches {@code minimumSubtotal}.
 */
public sealed interface Discount {

	/** The code as the shopper typed it. */
	String code();

	/** The subtotal from which the code applies (zero: always). */
	Money minimumSubtotal();

	/** A share of the subtotal, in basis points (1 to 10,000). */
	record Percentage(String code, int basisPoints, Money minimumSubtotal) implements Discount {

		public Percentage {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(minimumSubtotal, "minimumSubtotal");
			if (basisPoints < 1 || basisPoints > 10_000) {
				throw new IllegalArgumentException("a percentage is between 1 and 10,000 basis points");
			}
		}

	}

	/** An amount off the subtotal, never more than the subtotal. */
	record FixedAmount(String code, Money amount, Money minimumSubtotal) implements Discount {

		public FixedAmount {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(amount, "amount");
			Objects.requireNonNull(minimumSubtotal, "minimumSubtotal");
		}

	}

	/** Shipping costs nothing. */
	record FreeShipping(String code, Money minimumSubtotal) implements Discount {

		public FreeShipping {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(minimumSubtotal, "minimumSubtotal");
		}

	}

}
