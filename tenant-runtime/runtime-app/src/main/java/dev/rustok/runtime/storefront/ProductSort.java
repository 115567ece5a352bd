package dev.rustok.runtime.storefront;

import java.util.Arrays;
import java.util.Optional;

/** The orders a shopper can list products in, by the names the API takes. */
public enum ProductSort {

	/** Newest first: {@code created_at} descending, then id. */
	NEWEST("newest"),
	/** Cheapest first, by the product's lowest variant price in the listed currency. */
	PRICE_ASC("price_asc"),
	/** Dearest first, by the same lowest variant price. */
	PRICE_DESC("price_desc"),
	/** By title, case-insensitively, as the database collates it. */
	TITLE("title");

	private final String param;

	ProductSort(String param) {
		this.param = param;
	}

	public String param() {
		return this.param;
	}

	static Optional<ProductSort> ofParam(String param) {
		return Arrays.stream(values()).filter((sort) -> sort.param.equals(param)).findFirst();
	}

}
