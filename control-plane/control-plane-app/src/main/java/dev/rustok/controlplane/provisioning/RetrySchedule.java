package dev.rustok.controlplane.provisioning;

import java.time.Duration;

import io.github.resilience4j.core.IntervalFunction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.provisioning.retry.*}: how often and how soon a failed provisioning
 * attempt is tried again. The defaults try 8 times over about 8 minutes, which outlasts a
 * Keycloak or database restart; after that the tenant is {@code FAILED} and waits for a
 * platform admin.
 *
 * @param maxAttempts attempts in all, the first included
 * @param initialInterval the pause after the first failed attempt
 * @param multiplier how much each pause grows
 * @param maxInterval the longest pause
 */
@ConfigurationProperties("rustok.provisioning.retry")
public record RetrySchedule(@DefaultValue("8") int maxAttempts, @DefaultValue("2s") Duration initialInterval,
		@DefaultValue("2") double multiplier, @DefaultValue("5m") Duration maxInterval) {

	// jitter spreads the retries of many tenants that failed together (a Keycloak
	// outage) so they do not all hit it again in the same second
	private static final double JITTER = 0.5;

	public RetrySchedule {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("rustok.provisioning.retry.max-attempts must be at least 1");
		}
	}

	/**
	 * The pause before the next attempt after {@code failedAttempts} failed ones, or
	 * {@code null} when no attempt is left.
	 */
	Duration pauseAfter(int failedAttempts) {
		if (failedAttempts >= this.maxAttempts) {
			return null;
		}
		IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(this.initialInterval, this.multiplier,
				JITTER, this.maxInterval);
		return Duration.ofMillis(backoff.apply(failedAttempts));
	}

}
