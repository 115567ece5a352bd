package dev.rustok.runtime.customers;

/**
 * A postal address a customer keeps for delivery, valid by {@link AddressInput}'s rules.
 */
public record Address(AddressId id, String recipient, String line1, String line2, String postalCode, String city,
		String region, String country, String phone) {

}
