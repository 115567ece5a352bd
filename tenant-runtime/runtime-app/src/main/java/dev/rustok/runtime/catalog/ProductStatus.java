package dev.rustok.runtime.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a product is in its life; only {@link #ACTIVE} products are public. */
public enum ProductStatus {

	DRAFT, ACTIVE, ARCHIVED;

	/** The name on the wire and in the database: {@code draft}, {@code active}, … */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ProductStatus> ofWireName(String name) {
		return Arrays.stream(values()).filter((status) -> status.wireName().equals(name)).findFirst();
	}

}
