package dev.rustok.runtime.customers;

import java.time.Instant;
import java.util.UUID;

import dev.rustok.runtime.shared.Money;

/**
 * An order in a customer's history, as the orders' events left it.
 *
 * @param state the order's state code, e.g. {@code paid}
 */
public record CustomerOrder(UUID orderId, long number, String state, Money total, Instant placedAt) {

}
