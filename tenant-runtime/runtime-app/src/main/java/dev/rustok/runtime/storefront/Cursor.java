package dev.rustok.runtime.storefront;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of products ends: the sort it belongs to, the last product's sort key and
 * its id (the tie-breaker). Shown to clients as opaque base64url text; the next page
 * starts strictly after it, so pages never overlap or skip, and no OFFSET is needed.
 *
 * @param sort the order the page was listed in
 * @param key the last product's sort key: epoch microseconds (newest), minor units
 * (price) or the lower-cased title
 * @param id the last product's id
 */
public record Cursor(ProductSort sort, String key, UUID id) implements Serializable {

	private static final int MAX_ENCODED_LENGTH = 1024;

	private static final long LATEST_MICROS = 253_402_300_799_999_999L;

	public String encoded() {
		String plain = this.sort.param() + "|" + this.id + "|" + this.key;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor {@code text} encodes, or empty when it is not one of ours. */
	static Optional<Cursor> decode(String text) {
		if (text == null || text.isEmpty() || text.length() > MAX_ENCODED_LENGTH) {
			return Optional.empty();
		}
		try {
			String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			String[] parts = plain.split("\\|", 3);
			if (parts.length != 3) {
				return Optional.empty();
			}
			Optional<ProductSort> sort = ProductSort.ofParam(parts[0]);
			UUID id = UUID.fromString(parts[1]);
			if (sort.isEmpty() || !keyFits(sort.get(), parts[2]) || !id.toString().equals(parts[1])) {
				return Optional.empty();
			}
			return Optional.of(new Cursor(sort.get(), parts[2], id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	long numericKey() {
		return Long.parseLong(this.key);
	}

	private static boolean keyFits(ProductSort sort, String key) {
		return switch (sort) {
			// no later than the year 9999: PostgreSQL refuses timestamps far outside it
			case NEWEST -> key.matches("[0-9]{1,18}") && Long.parseLong(key) <= LATEST_MICROS;
			case PRICE_ASC, PRICE_DESC -> key.matches("[0-9]{1,13}");
			// PostgreSQL text holds no NUL
			case TITLE -> key.length() <= 400 && key.indexOf('\0') < 0;
		};
	}

}
