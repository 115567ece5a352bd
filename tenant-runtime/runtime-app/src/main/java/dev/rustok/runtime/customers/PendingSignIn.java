package dev.rustok.runtime.customers;

/**
 * A sign-in on its way through Keycloak, kept in a short-lived sealed cookie: the state
 * that must come back, and the PKCE verifier only this server knows.
 *
 * @param returnTo the shop's own path to show after signing in
 * @param expiresAt seconds since the epoch
 */
record PendingSignIn(String state, String verifier, String returnTo, long expiresAt) {

}
