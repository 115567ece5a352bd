package dev.rustok.runtime.orders;

import java.util.List;

/**
 * One page of the admin list, newest first.
 *
 * @param next the cursor of the following page, {@code null} on the last
 */
public record OrderPage(List<OrderSummary> items, String next) {

}
