package dev.rustok.runtime.webhooks;

import java.time.Duration;

/** What one attempt to call an endpoint came to. */
sealed interface CallOutcome {

	/** The receiver answered 2xx. */
	record Delivered(int statusCode, int latencyMs) implements CallOutcome {

	}

	/**
	 * No 2xx: another status, a time-out, a refused connection or a target no longer
	 * allowed; {@code statusCode} is {@code null} when no answer came.
	 */
	record Failed(Integer statusCode, int latencyMs, String error) implements CallOutcome {

	}

	/**
	 * Not called: the endpoint's circuit breaker is open; try again after
	 * {@code retryIn}.
	 */
	record NotCalled(Duration retryIn, String reason) implements CallOutcome {

	}

}
