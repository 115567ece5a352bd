package dev.rustok.runtime.customers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;

/** Where a page of a customer's orders ends: the last number shown, opaque to clients. */
record OrderHistoryCursor(long number) {

	private static final String PREFIX = "customer-order:";

	String encoded() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + this.number).getBytes(StandardCharsets.UTF_8));
	}

	static OrderHistoryCursor decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				long number = Long.parseLong(text.substring(PREFIX.length()));
				if (number > 0) {
					return new OrderHistoryCursor(number);
				}
			}
		}
		catch (IllegalArgumentException notACursor) {
			// answered below, like any other text that is not a cursor
		}
		throw new InvalidInput(List.of(new FieldProblem("after", "is not a cursor this list gave")));
	}

}
