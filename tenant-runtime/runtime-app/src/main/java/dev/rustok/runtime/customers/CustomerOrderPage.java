package dev.rustok.runtime.customers;

import java.util.List;

/**
 * One page of a customer's orders, newest first.
 *
 * @param next the cursor of the next page, {@code null} on the last
 */
public record CustomerOrderPage(List<CustomerOrder> items, String next) {

}
