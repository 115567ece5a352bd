package dev.rustok.runtime.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;

/** Where a page of deliveries ends: the last one shown, opaque to clients. */
record DeliveryCursor(long seq) {

	private static final String PREFIX = "delivery:";

	String encoded() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + this.seq).getBytes(StandardCharsets.UTF_8));
	}

	static DeliveryCursor decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				long seq = Long.parseLong(text.substring(PREFIX.length()));
				if (seq > 0) {
					return new DeliveryCursor(seq);
				}
			}
		}
		catch (IllegalArgumentException notACursor) {
			// answered below, like any other text that is not a cursor
		}
		throw new InvalidInput(List.of(new FieldProblem("after", "is not a cursor this list gave")));
	}

}
