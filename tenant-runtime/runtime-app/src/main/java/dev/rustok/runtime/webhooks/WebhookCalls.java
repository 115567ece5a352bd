package dev.rustok.runtime.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.rustok.runtime.webhooks.CallOutcome.Delivered;
import dev.rustok.runtime.webhooks.CallOutcome.Failed;
import dev.rustok.runtime.webhooks.CallOutcome.NotCalled;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * One signed POST to an endpoint: {@code webhook-id} (the event id, the same on every
 * attempt, so receivers drop repeats), {@code webhook-timestamp} (this attempt's, in
 * seconds) and {@code webhook-signature} ({@link WebhookSignature}). 2xx is delivered;
 * anything else, a redirect included (it could point inside the network), is a failure.
 * The endpoint's circuit breaker counts the outcome, and while it is open no call is
 * made. The time-out covers the whole exchange and cancels the request.
 */
final class WebhookCalls {

	private final HttpClient http;

	private final EndpointBreakers breakers;

	private final WebhookTargets targets;

	private final Duration timeout;

	private final Clock clock;

	WebhookCalls(HttpClient http, EndpointBreakers breakers, WebhookTargets targets, Duration timeout, Clock clock) {
		this.http = http;
		this.breakers = breakers;
		this.targets = targets;
		this.timeout = timeout;
		this.clock = clock;
	}

	CallOutcome call(String tenantId, UUID endpoint, String url, WebhookSecret secret, UUID messageId, String body) {
		CircuitBreaker breaker = this.breakers.of(tenantId, endpoint);
		if (!breaker.tryAcquirePermission()) {
			return new NotCalled(this.breakers.openFor(), "circuit breaker open: endpoint failing, not called");
		}
		long started = System.nanoTime();
		Optional<String> refusal = this.targets.refusal(url);
		if (refusal.isPresent()) {
			breaker.onError(0, TimeUnit.NANOSECONDS, new IllegalStateException(refusal.get()));
			return new Failed(null, 0, "url " + refusal.get());
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		long timestamp = this.clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("User-Agent", "RusToK-Webhooks/1")
			.header("webhook-id", messageId.toString())
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", WebhookSignature.sign(secret, messageId.toString(), timestamp, bytes))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
		CompletableFuture<HttpResponse<Void>> exchange = this.http.sendAsync(request,
				HttpResponse.BodyHandlers.discarding());
		try {
			int status = exchange.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
			long elapsed = System.nanoTime() - started;
			if (status >= 200 && status < 300) {
				breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
				return new Delivered(status, millis(elapsed));
			}
			breaker.onError(elapsed, TimeUnit.NANOSECONDS, new IOException("HTTP " + status));
			return new Failed(status, millis(elapsed), "answered HTTP " + status);
		}
		catch (TimeoutException slow) {
			exchange.cancel(true);
			return failed(breaker, started, slow, "no answer within " + this.timeout.toMillis() + " ms");
		}
		catch (ExecutionException broken) {
			Throwable cause = (broken.getCause() != null) ? broken.getCause() : broken;
			String error = (cause instanceof java.net.http.HttpTimeoutException)
					? "no answer within " + this.timeout.toMillis() + " ms" : describe(cause);
			return failed(breaker, started, cause, error);
		}
		catch (InterruptedException stopping) {
			exchange.cancel(true);
			Thread.currentThread().interrupt();
			breaker.releasePermission();
			return new NotCalled(Duration.ZERO, "node stopping");
		}
	}

	private static Failed failed(CircuitBreaker breaker, long started, Throwable cause, String error) {
		long elapsed = System.nanoTime() - started;
		breaker.onError(elapsed, TimeUnit.NANOSECONDS, cause);
		return new Failed(null, millis(elapsed), error);
	}

	private static String describe(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage() : "";
		String text = cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
		return (text.length() > 900) ? text.substring(0, 900) : text;
	}

	private static int millis(long nanos) {
		return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(nanos));
	}

}
