package dev.rustok.runtime.orders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;

/** Where a page of the order list ends: the last number shown, opaque to clients. */
record OrderCursor(long number) {

	private static final String PREFIX = "order:";

	String encoded() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + this.number).getBytes(StandardCharsets.UTF_8));
	}

	static OrderCursor decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				long number = Long.parseLong(text.substring(PREFIX.length()));
				if (number > 0) {
					return new OrderCursor(number);
				}
			}
		}
		catch (IllegalArgumentException notACursor) {
			// answered below, like any other text that is not a cursor
		}
		throw new InvalidInput(List.of(new FieldProblem("after", "is not a cursor this list gave")));
	}

}
