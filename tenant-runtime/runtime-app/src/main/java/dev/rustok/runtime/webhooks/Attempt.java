package dev.rustok.runtime.webhooks;

import java.time.Instant;

/**
 * One call made for a delivery; {@code statusCode} is {@code null} when no answer came.
 */
record Attempt(int attempt, Instant attemptedAt, Integer statusCode, int latencyMs, String error) {

}
