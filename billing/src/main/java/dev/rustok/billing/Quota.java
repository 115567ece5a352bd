package dev.rustok.billing;

/**
 * What one plan allows a shop.
 *
 * @param storefrontRequestsPerMinute requests to the shop's storefront (everything but
 * its admin API), all clients together
 * @param adminRequestsPerMinute requests to the shop's admin API ({@code /api/admin/**})
 * @param burstPerSecond the most requests of either kind admitted within one second
 * @param productsAllowed products the catalogue may hold
 * @param staffAccounts staff accounts besides the owner
 */
public record Quota(int storefrontRequestsPerMinute, int adminRequestsPerMinute, int burstPerSecond,
		int productsAllowed, int staffAccounts) {

	public Quota {
		positive("storefrontRequestsPerMinute", storefrontRequestsPerMinute);
		positive("adminRequestsPerMinute", adminRequestsPerMinute);
		positive("burstPerSecond", burstPerSecond);
		positive("productsAllowed", productsAllowed);
		if (staffAccounts < 0) {
			throw new IllegalArgumentException("staffAccounts must not be negative, was " + staffAccounts);
		}
	}

	private static void positive(String name, int value) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
	}

}
