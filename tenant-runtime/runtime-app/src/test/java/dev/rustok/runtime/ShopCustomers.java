package dev.rustok.runtime;

import java.util.UUID;

import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.runtime.RuntimePlatform.Shop;

/**
 * Customers of a shop's realm for API tests: an account made through Keycloak's admin API
 * (the realm's default role makes it a customer, docs/adr/0075) and a token of its own
 * for the shop's API.
 */
final class ShopCustomers {

	private static final String PASSWORD = "customer-pass-" + UUID.randomUUID();

	private ShopCustomers() {
	}

	/** A new customer of the shop, signed in with a token. */
	static Customer aCustomer(Shop shop) {
		String email = "shopper-" + UUID.randomUUID() + "@customers.example";
		StaffUsers.createWithoutRoles(shop.route().realm(), email, PASSWORD);
		String token = new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(shop.route().realm(), email, PASSWORD);
		return new Customer(email, token, KeycloakTokens.claims(token).path("sub").asString());
	}

	/**
	 * @param subject the account's id in the realm, what a customer's cart and orders are
	 * kept under
	 */
	record Customer(String email, String token, String subject) {

	}

}
