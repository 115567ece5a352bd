package dev.rustok.runtime.inventory;

import java.time.Instant;
import java.util.UUID;

import dev.rustok.runtime.shared.VariantId;

/**
 * One entry of a variant's append-only stock history.
 *
 * @param note the merchant's note or the reservation's reference; may be {@code null}
 * @param actor who made the change: a staff member's username, or {@code checkout}
 */
public record Adjustment(UUID id, VariantId variantId, LocationId locationId, int delta, AdjustmentReason reason,
		String note, String actor, int onHandAfter, Instant createdAt) {

}
