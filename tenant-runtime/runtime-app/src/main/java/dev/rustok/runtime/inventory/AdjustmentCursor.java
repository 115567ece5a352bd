package dev.rustok.runtime.inventory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;

/**
 * Where a page of history ends: the (created at, id) of its last entry, the key the
 * history is sorted by. Opaque to clients (base64url), so it can change.
 */
record AdjustmentCursor(Instant createdAt, UUID id) {

	static AdjustmentCursor after(Adjustment last) {
		return new AdjustmentCursor(last.createdAt(), last.id());
	}

	String encoded() {
		String key = this.createdAt.getEpochSecond() + ":" + this.createdAt.getNano() + ":" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws InvalidInput naming {@code after} when the text is not a cursor this API
	 * gave
	 */
	static AdjustmentCursor decode(String text) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":");
			if (parts.length != 3) {
				throw new IllegalArgumentException("not a cursor");
			}
			return new AdjustmentCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
					UUID.fromString(parts[2]));
		}
		catch (RuntimeException ex) {
			throw new InvalidInput(
					List.of(new FieldProblem("after", "is not a cursor from the previous page (use its next value)")));
		}
	}

}
