package dev.rustok.runtime.orders;

import java.time.Instant;

/**
 * One transition of an order: what happened, who did it, when and why.
 *
 * @param status the state the order was in afterwards
 * @param action {@code placed, paid, fulfilled, delivered, cancelled} or {@code refunded}
 * @param detail what the action covered, e.g. the amount refunded or the units shipped
 */
public record TimelineEntry(Instant at, String actor, String action, OrderStatus status, String detail, String reason) {

	static TimelineEntry of(Change change, String action, OrderStatus status, String detail) {
		return new TimelineEntry(change.at(), change.actor(), action, status, detail, change.reason());
	}

}
