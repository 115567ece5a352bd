package dev.rustok.runtime.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.webhooks.*}: how deliveries are sent, retried and given up on
 * (docs/adr/0069, 0070).
 *
 * @param allowLocalTargets dev and tests only: accept {@code http} and endpoints on
 * loopback and private networks, which are refused otherwise (SSRF)
 * @param pollInterval how often each node looks for due deliveries
 * @param batchSize deliveries of one shop claimed per round
 * @param concurrency calls in flight per node
 * @param endpointConcurrency calls in flight to one endpoint (docs/adr/0087): a shop's
 * burst of events must not hit a merchant's small server with {@code concurrency} calls
 * at once
 * @param timeout one call, connect to last byte of the answer
 * @param lease how long a claimed delivery stays with the node sending it
 * @param firstRetry the wait after a delivery's first failure, doubled per attempt
 * @param maxRetry the longest wait between attempts
 * @param maxAttempts attempts after which a delivery is given up ({@code failed})
 * @param disableAfter consecutive failed calls after which an endpoint is disabled
 * @param breakerWindow calls the circuit breaker of an endpoint judges by
 * @param breakerFailureRate percentage of failed calls in the window that opens it
 * @param breakerOpenFor how long an open breaker refuses calls before trying one
 * @param breakers the most breakers, and idle per-endpoint caps, kept per node (least
 * recently used go first)
 * @param retention how long finished deliveries and their attempts stay in the log
 * @param sweepInterval how often each node drops the due rows of shops whose schema is
 * gone (docs/adr/0098)
 * @param trustStore tests only: a PKCS#12 file of certificates to trust instead of the
 * JDK's, for a receiver with a self-signed certificate
 * @param trustStorePassword its password
 */
@ConfigurationProperties("rustok.webhooks")
record WebhookProperties(@DefaultValue("false") boolean allowLocalTargets, @DefaultValue("PT1S") Duration pollInterval,
		@DefaultValue("50") int batchSize, @DefaultValue("16") int concurrency,
		@DefaultValue("4") int endpointConcurrency, @DefaultValue("PT10S") Duration timeout,
		@DefaultValue("PT2M") Duration lease, @DefaultValue("PT30S") Duration firstRetry,
		@DefaultValue("PT4H") Duration maxRetry, @DefaultValue("10") int maxAttempts,
		@DefaultValue("20") int disableAfter, @DefaultValue("10") int breakerWindow,
		@DefaultValue("50") int breakerFailureRate, @DefaultValue("PT60S") Duration breakerOpenFor,
		@DefaultValue("10000") int breakers, @DefaultValue("P30D") Duration retention,
		@DefaultValue("PT10M") Duration sweepInterval, String trustStore, String trustStorePassword) {

	WebhookProperties {
		if (batchSize < 1 || concurrency < 1 || endpointConcurrency < 1 || maxAttempts < 1 || disableAfter < 1
				|| breakerWindow < 1 || breakers < 1) {
			throw new IllegalArgumentException("rustok.webhooks counts must be positive");
		}
		if (breakerFailureRate < 1 || breakerFailureRate > 100) {
			throw new IllegalArgumentException("rustok.webhooks.breaker-failure-rate is a percentage, 1 to 100");
		}
		if (lease.compareTo(timeout.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException("rustok.webhooks.lease must be at least twice the timeout");
		}
	}

	RetrySchedule retries() {
		return new RetrySchedule(this.firstRetry, this.maxRetry);
	}

}
