/**
 * What every request and response passes at the edge, before any routing: a request whose
 * target or Host servers could read differently is refused ({@code AmbiguousRequests}),
 * every response leaves with the security headers ({@code SecurityHeaders}), and even the
 * errors Netty answers on its own are problem+json ({@code NettyErrorProblems}). CORS is
 * decided here for every host, from configuration ({@code HostCorsWebFilter}, ADR 0052).
 * Uses {@code problems} to answer.
 */
package dev.rustok.gateway.edge;
