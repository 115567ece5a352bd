package dev.rustok.runtime.customers;

/**
 * A signed-in customer as the session cookie keeps them.
 *
 * @param csrf the token the account pages' forms carry back
 * @param idToken the realm's ID token, handed back to Keycloak at sign-out
 * @param expiresAt seconds since the epoch
 */
record CustomerSession(String subject, String email, String name, String csrf, String idToken, long expiresAt) {

	CustomerIdentity identity() {
		return new CustomerIdentity(new CustomerSubject(this.subject), this.email, this.name);
	}

}
