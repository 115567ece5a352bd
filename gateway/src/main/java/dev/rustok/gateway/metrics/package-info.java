/**
 * The gateway's own metrics (docs/adr/0045): every request timed with a latency
 * histogram, tagged by plan, kind of traffic and status family; rate-limit refusals and
 * upstream errors are counted where they happen ({@code ratelimit}, {@code problems}).
 * Exposed as Prometheus on the management port. Uses {@code routing} (the resolved host).
 */
package dev.rustok.gateway.metrics;
