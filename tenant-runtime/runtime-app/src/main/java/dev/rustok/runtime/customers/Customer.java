package dev.rustok.runtime.customers;

import java.util.Optional;

/** A customer's profile in the shop: what the account page shows. */
public record Customer(CustomerSubject subject, String email, String name, Optional<AddressId> defaultAddress) {

}
