package dev.rustok.runtime.rules;

import java.time.Instant;
import java.util.Optional;

import dev.rustok.runtime.pricing.Discount;

/**
 * A discount code with the terms that decide whether a shopper may use it now.
 *
 * @param usageLimit how many orders may use it, {@code null} for no limit
 * @param usedCount how many orders used it
 * @param startsAt from when it may be used, {@code null} for at once
 * @param endsAt until when (exclusive), {@code null} for ever
 */
public record DiscountCode(Discount discount, Integer usageLimit, int usedCount, Instant startsAt, Instant endsAt) {

	public String code() {
		return this.discount.code();
	}

	/** Why the code cannot be used at {@code now}, or empty when it can. */
	public Optional<String> refusal(Instant now) {
		if (this.startsAt != null && now.isBefore(this.startsAt)) {
			return Optional.of("is not valid yet: it starts at " + this.startsAt);
		}
		if (this.endsAt != null && !now.isBefore(this.endsAt)) {
			return Optional.of("has expired");
		}
		if (this.usageLimit != null && this.usedCount >= this.usageLimit) {
			return Optional.of("has been used up");
		}
		return Optional.empty();
	}

}
