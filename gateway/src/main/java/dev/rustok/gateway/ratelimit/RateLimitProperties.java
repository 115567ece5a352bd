package dev.rustok.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.gateway.rate-limits.*}: the limits that do not depend on a shop's plan
 * (those are {@code rustok.billing.plans.*}), and how the gateway reaches the buckets.
 * {@code trusted-proxies}, beside them, is read by
 * {@link dev.rustok.gateway.edge.TrustedProxies} alone.
 *
 * @param enabled {@code false} turns every limit off (for the benchmark of their cost)
 * @param anonymousPerMinute requests per minute from one client address that sends no
 * credentials, on all hosts together
 * @param anonymousBurstPerSecond the most of those within one second
 * @param signupsPerHour signups (shops) from one client address per hour
 * @param loginsPerMinute password and token attempts at Keycloak from one client address
 * per minute, on every realm together (docs/adr/0091)
 * @param timeout how long a request waits for its buckets before the gateway decides
 * without them (admit a shop's request, refuse a signup)
 */
@ConfigurationProperties("rustok.gateway.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("600") int anonymousPerMinute,
		@DefaultValue("100") int anonymousBurstPerSecond, @DefaultValue("10") int signupsPerHour,
		@DefaultValue("500ms") Duration timeout, @DefaultValue("20") int loginsPerMinute) {

	public RateLimitProperties {
		if (anonymousPerMinute <= 0 || anonymousBurstPerSecond <= 0 || signupsPerHour <= 0 || loginsPerMinute <= 0) {
			throw new IllegalArgumentException("rustok.gateway.rate-limits values must be positive");
		}
	}

}
