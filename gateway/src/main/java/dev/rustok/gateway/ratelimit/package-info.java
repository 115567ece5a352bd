/**
 * Rate limits at the edge (docs/adr/0043): Spring Cloud Gateway's
 * {@code RequestRateLimiter} on both routes, with a key resolver that names every limit a
 * request counts against (a shop's storefront or admin API by its plan, an anonymous
 * client's address, signups per address) and a plan-aware limiter on Bucket4j buckets in
 * the Hazelcast cluster, shared by every gateway. Refusals are 429 problems with
 * {@code Retry-After} and {@code RateLimit-*}. Uses {@code routing} (the resolved host)
 * and {@code problems}.
 */
package dev.rustok.gateway.ratelimit;
