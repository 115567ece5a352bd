/**
 * Keycloak on {@code auth.<domain>} (docs/adr/0091): the shops' sign-in pages and token
 * endpoints are served through the gateway, so the rate limits count password and token
 * attempts per client address ({@code ratelimit}, a {@code login/<address>} bucket) on
 * top of Keycloak's own lockout per account. Only realm and theme paths are forwarded;
 * the admin console and the {@code master} realm stay on Keycloak's loopback address.
 * Uses {@code routing} (the resolved host, the route guards) and {@code problems}.
 */
package dev.rustok.gateway.identity;
