package dev.rustok.runtime.pricing;

import java.util.Objects;

/**
 * The tax of one region, in basis points (2,000 = 20 %), either included in the prices
 * shown (most of Europe) or added on top (most of the US).
 *
 * @param region the region it applies to, e.g. {@code DE} or {@code US-NY}
 * @param basisPoints 0 to 10,000
 * @param inclusive whether prices and shipping already contain the tax
 */
public record TaxRate(String region, int basisPoints, boolean inclusive) {

	public static final int MAX_BASIS_POINTS = 10_000;

	public TaxRate {
		Objects.requireNonNull(region, "region");
		if (basisPoints < 0 || basisPoints > MAX_BASIS_POINTS) {
			throw new IllegalArgumentException("a tax rate is between 0 and " + MAX_BASIS_POINTS + " basis points");
		}
	}

	/** No tax, for a region the shop does not tax. */
	public static TaxRate none(String region) {
		return new TaxRate(region, 0, false);
	}

}
