package dev.rustok.gateway.ratelimit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

/**
 * What one bucket said about a request.
 *
 * @param limit the limit counted against
 * @param admitted whether the request may pass this limit
 * @param counted {@code false} when the bucket could not be reached and the limit's rule
 * for that case decided
 * @param perWindow requests the limit admits per window
 * @param remaining requests still admitted in this window
 * @param resetSeconds seconds until the bucket is full again
 * @param retryAfterSeconds seconds until a refused request may be admitted
 */
record Verdict(Limit limit, boolean admitted, boolean counted, long perWindow, long remaining, long resetSeconds,
		long retryAfterSeconds) {

	/** What a client is told to wait when no bucket could say: a minute. */
	static final long UNCOUNTED_RETRY_AFTER_SECONDS = 60;

	static Verdict of(Limit limit, long perWindow, ConsumptionProbe probe) {
		return new Verdict(limit, probe.isConsumed(), true, perWindow, probe.getRemainingTokens(),
				seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
	}

	static Verdict uncounted(Limit limit) {
		return new Verdict(limit, limit.admitsWhenUncounted(), false, 0, 0, 0, UNCOUNTED_RETRY_AFTER_SECONDS);
	}

	/**
	 * One answer for all the limits of a request: admitted when every limit admits it.
	 * The headers describe the limit that refused it (the longest wait), or else the one
	 * with the fewest requests left (draft-ietf-httpapi-ratelimit-headers).
	 */
	static Response combine(List<Verdict> verdicts) {
		boolean admitted = verdicts.stream().allMatch(Verdict::admitted);
		Map<String, String> headers = new LinkedHashMap<>();
		if (admitted) {
			verdicts.stream()
				.filter(Verdict::counted)
				.min(Comparator.comparingLong(Verdict::remaining))
				.ifPresent((tightest) -> tightest.describeIn(headers));
		}
		else {
			Verdict refusal = verdicts.stream()
				.filter((verdict) -> !verdict.admitted())
				.max(Comparator.comparingLong(Verdict::retryAfterSeconds))
				.orElseThrow();
			refusal.describeIn(headers);
			headers.put("Retry-After", Long.toString(refusal.retryAfterSeconds()));
		}
		return new Response(admitted, headers);
	}

	private void describeIn(Map<String, String> headers) {
		if (this.counted) {
			headers.put("RateLimit-Limit", Long.toString(this.perWindow));
			headers.put("RateLimit-Remaining", Long.toString(this.remaining));
			headers.put("RateLimit-Reset", Long.toString(this.resetSeconds));
		}
	}

	private static long seconds(long nanos) {
		return (nanos <= 0) ? 0 : TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1);
	}

}
