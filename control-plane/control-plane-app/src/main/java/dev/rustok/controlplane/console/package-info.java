/**
 * The platform admin console at {@code console.<domain>}: sign-in through the Keycloak
 * realm {@code platform} (OAuth2 login, PKCE), only for the realm role
 * {@code platform-admin}, a list of every tenant with the details of failed provisioning,
 * and forms (and an admin API with bearer tokens) to retry or abandon a failed tenant,
 * change a plan, and start and follow the realm upgrade of every shop (docs/adr/0097).
 * Creates the realm at start-up when it is missing. Holds the web security of the whole
 * service: the console's host needs a platform admin, every other host stays public.
 * Depends on {@code registry}, {@code provisioning} (settings) and {@code realms}.
 */
package dev.rustok.controlplane.console;
