package dev.rustok.runtime.webhooks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;

/**
 * One Resilience4j circuit breaker per endpoint on this node, at most {@code capacity} of
 * them: the least recently used is dropped first (a breaker forgotten starts closed,
 * which costs a few calls to a broken endpoint, not a wrong answer). Not a
 * {@code CircuitBreakerRegistry}, which keeps every breaker it ever made.
 */
final class EndpointBreakers {

	private final CircuitBreakerConfig config;

	private final Map<String, CircuitBreaker> breakers;

	private final Duration openFor;

	EndpointBreakers(int window, int failureRate, Duration openFor, int capacity) {
		this.openFor = openFor;
		this.config = CircuitBreakerConfig.custom()
			.slidingWindowType(SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(window)
			.minimumNumberOfCalls(Math.min(window, Math.max(2, window / 2)))
			.failureRateThreshold(failureRate)
			.waitDurationInOpenState(openFor)
			.permittedNumberOfCallsInHalfOpenState(1)
			.build();
		this.breakers = new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, CircuitBreaker> eldest) {
				return size() > capacity;
			}

		};
	}

	/** The breaker of one shop's endpoint: the key carries the tenant. */
	synchronized CircuitBreaker of(String tenantId, java.util.UUID endpoint) {
		String key = tenantId + "/" + endpoint;
		return this.breakers.computeIfAbsent(key, (name) -> CircuitBreaker.of("webhook-" + name, this.config));
	}

	/**
	 * Forgets the endpoint's breaker (re-enabled or deleted): the next call starts
	 * closed.
	 */
	synchronized void forget(String tenantId, java.util.UUID endpoint) {
		this.breakers.remove(tenantId + "/" + endpoint);
	}

	synchronized int size() {
		return this.breakers.size();
	}

	Duration openFor() {
		return this.openFor;
	}

}
