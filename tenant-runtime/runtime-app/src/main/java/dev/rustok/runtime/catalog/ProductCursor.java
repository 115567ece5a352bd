package dev.rustok.runtime.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a newest-first listing continues: the last product seen, by creation time
 * (PostgreSQL keeps microseconds) and id. Opaque to clients, base64url on the wire.
 */
public record ProductCursor(Instant createdAt, UUID id) {

	public ProductCursor {
		createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
	}

	public String encoded() {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, this.createdAt);
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((micros + "." + this.id).getBytes(StandardCharsets.US_ASCII));
	}

	/** The cursor {@link #encoded()} made; empty for anything else. */
	public static Optional<ProductCursor> decode(String text) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("\\.", 2);
			Instant createdAt = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
			return Optional.of(new ProductCursor(createdAt, UUID.fromString(parts[1])));
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | ArithmeticException
				| java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

}
