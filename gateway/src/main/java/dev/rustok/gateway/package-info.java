/**
 * The platform's edge: resolves the tenant from the Host header and forwards the request.
 *
 * <p>
 * {@code cluster} joins the Hazelcast cluster and reads tenant routes through a near
 * cache; {@code routing} turns a host into a destination (control plane, runtime pool, or
 * a refusal), keeps the runtime pool to healthy nodes and signs the tenant header for the
 * runtime; {@code edge} refuses ambiguous requests and adds the security headers;
 * {@code problems} answers every refusal and upstream failure as problem+json or, for
 * browsers, a small HTML page; {@code ratelimit} limits shops by plan, anonymous clients
 * and signups by address (ADR 0043); {@code tokens} checks shop tokens against the shop's
 * realm (ADR 0046); {@code identity} serves Keycloak's sign-in pages on
 * {@code auth.<domain>}, where logins are limited per address (ADR 0091); {@code metrics}
 * times every request by plan (ADR 0045).
 */
package dev.rustok.gateway;
