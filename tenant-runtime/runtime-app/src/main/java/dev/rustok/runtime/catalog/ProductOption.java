package dev.rustok.runtime.catalog;

import java.util.List;

/**
 * An option a shopper picks, such as {@code Size} with the values {@code S, M, L}, in the
 * order the merchant gave.
 */
public record ProductOption(String name, List<String> values) {

	public ProductOption {
		values = List.copyOf(values);
	}

}
