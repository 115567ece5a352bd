package dev.rustok.runtime.orders;

import java.time.Instant;

import dev.rustok.runtime.shared.Money;

/** An order as the admin list shows it. */
public record OrderSummary(OrderId id, long number, OrderStatus status, Money total, Money refunded, Instant placedAt) {

}
