package dev.rustok.runtime.pricing;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.rustok.runtime.shared.Money;

/**
 * A way of shipping the merchant offers: one price for any parcel, or a price per weight
 * bracket.
 */
public sealed interface ShippingMethod {

	/** The code shoppers choose, e.g. {@code standard}. */
	String code();

	/**
	 * What shipping {@code weightGrams} costs, or empty when the method cannot carry it.
	 */
	Optional<Money> price(long weightGrams);

	/** The same price for every parcel. */
	record FlatRate(String code, Money rate) implements ShippingMethod {

		public FlatRate {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(rate, "rate");
		}

		@Override
		public Optional<Money> price(long weightGrams) {
			return Optional.of(this.rate);
		}

	}

	/**
	 * The price of the lightest bracket whose {@code upToGrams} covers the parcel; a
	 * parcel above every bracket cannot go by this method.
	 */
	record WeightBased(String code, List<Bracket> brackets) implements ShippingMethod {

		public WeightBased {
			Objects.requireNonNull(code, "code");
			if (brackets.isEmpty() || brackets.stream().map((b) -> b.rate().currency()).distinct().count() != 1) {
				throw new IllegalArgumentException("a weight-based method has brackets in one currency");
			}
			brackets = brackets.stream().sorted(Comparator.comparingLong(Bracket::upToGrams)).toList();
		}

		@Override
		public Optional<Money> price(long weightGrams) {
			return this.brackets.stream()
				.filter((bracket) -> weightGrams <= bracket.upToGrams())
				.findFirst()
				.map(Bracket::rate);
		}

	}

	/** Parcels up to {@code upToGrams} (inclusive) cost {@code rate}. */
	record Bracket(long upToGrams, Money rate) {

		public Bracket {
			Objects.requireNonNull(rate, "rate");
			if (upToGrams < 0) {
				throw new IllegalArgumentException("a bracket's weight must not be negative");
			}
		}

	}

}
