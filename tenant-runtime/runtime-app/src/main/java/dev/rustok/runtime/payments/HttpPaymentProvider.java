package dev.rustok.runtime.payments;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payment provider's HTTP API (docs/adr/0059): {@code POST /v1/payments/authorize} and
 * {@code POST /v1/payments/{id}/capture|refund|void}, a bearer API key and an
 * {@code Idempotency-Key} header on every call. Each attempt is limited in time; a
 * circuit breaker counts failures (errors and time-outs, not declines) and, once open,
 * answers {@link PaymentOutcome.Unavailable} without calling; only answers that say
 * nothing happened (502, 503, 504, no connection) are retried, with the same key.
 */
public class HttpPaymentProvider implements PaymentProvider {

	static final String ID = "http";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpPaymentsProperties properties;

	private final HttpClient http;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final TimeLimiter timeLimiter;

	public HttpPaymentProvider(HttpPaymentsProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
		this.breaker = CircuitBreaker.of("payments-http",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(properties.breakerWindow())
					.minimumNumberOfCalls(properties.breakerWindow())
					.failureRateThreshold(properties.breakerFailureRate())
					.waitDurationInOpenState(properties.breakerOpenFor())
					.recordExceptions(ProviderFailure.class, TimeoutException.class)
					.build());
		this.retry = Retry.of("payments-http",
				RetryConfig.custom()
					.maxAttempts(properties.attempts())
					.waitDuration(properties.retryWait())
					.retryOnException(
							(failure) -> failure instanceof ProviderFailure provider && provider.nothingHappened())
					.build());
		this.timeLimiter = TimeLimiter
			.of(TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).cancelRunningFuture(true).build());
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public PaymentOutcome authorize(PaymentRequest request) {
		return call("/v1/payments/authorize", request);
	}

	@Override
	public PaymentOutcome capture(PaymentRequest request) {
		return call("/v1/payments/" + request.reference() + "/capture", request);
	}

	@Override
	public PaymentOutcome refund(PaymentRequest request) {
		return call("/v1/payments/" + request.reference() + "/refund", request);
	}

	@Override
	public PaymentOutcome voidAuthorization(PaymentRequest request) {
		return call("/v1/payments/" + request.reference() + "/void", request);
	}

	CircuitBreaker.State breakerState() {
		return this.breaker.getState();
	}

	private PaymentOutcome call(String path, PaymentRequest request) {
		HttpRequest httpRequest = request(path, request);
		try {
			return Retry
				.decorateCheckedSupplier(this.retry,
						() -> this.breaker.executeCheckedSupplier(() -> attempt(httpRequest)))
				.get();
		}
		catch (CallNotPermittedException open) {
			return new PaymentOutcome.Unavailable("payment provider unavailable: it failed recently, try again later");
		}
		catch (TimeoutException slow) {
			return new PaymentOutcome.Unavailable("payment provider unavailable: it did not answer in time");
		}
		catch (ProviderFailure failure) {
			return new PaymentOutcome.Unavailable("payment provider unavailable: " + failure.getMessage());
		}
		catch (Throwable unexpected) {
			if (unexpected instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return new PaymentOutcome.Unavailable("payment provider unavailable: " + unexpected);
		}
	}

	private PaymentOutcome attempt(HttpRequest request) throws Exception {
		HttpResponse<String> response;
		try {
			response = this.timeLimiter
				.executeFutureSupplier(() -> this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (ExecutionException failed) {
			throw failure(failed.getCause());
		}
		catch (IOException failed) {
			// the time limiter hands the HTTP client's own failure on unwrapped
			throw failure(failed);
		}
		return outcome(response);
	}

	private static Exception failure(Throwable cause) {
		if (cause instanceof HttpTimeoutException) {
			return new TimeoutException("timed out");
		}
		// refused: the request never reached the provider, so a retry is safe
		return new ProviderFailure((cause instanceof IOException) ? "cannot reach it" : String.valueOf(cause),
				cause instanceof ConnectException);
	}

	private static PaymentOutcome outcome(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status == 502 || status == 503 || status == 504) {
			throw new ProviderFailure("it answered " + status, true);
		}
		if (status >= 500 || status == 401 || status == 403 || status == 404) {
			throw new ProviderFailure("it answered " + status, false);
		}
		JsonNode body = body(response);
		if (status == 402 || status == 409 || status == 422
				|| (status / 100 == 2 && "declined".equals(body.path("status").asString("")))) {
			return new PaymentOutcome.Declined(body.path("reason").asString("declined by the payment provider"));
		}
		if (status / 100 == 2 && "approved".equals(body.path("status").asString("")) && body.hasNonNull("id")) {
			return new PaymentOutcome.Approved(body.get("id").asString());
		}
		throw new ProviderFailure("it answered " + status + " with an unexpected body", false);
	}

	private static JsonNode body(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (JacksonException notJson) {
			return JSON.createObjectNode();
		}
	}

	private HttpRequest request(String path, PaymentRequest request) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("amountMinor", request.amount().amountMinor());
		body.put("currency", request.amount().currency());
		if (request.orderReference() != null) {
			body.put("reference", request.orderReference());
		}
		return HttpRequest.newBuilder(resolve(path))
			.timeout(this.properties.timeout())
			.header("Authorization", "Bearer " + this.properties.apiKey())
			.header("Idempotency-Key", request.idempotencyKey())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build();
	}

	private URI resolve(String path) {
		String base = this.properties.baseUrl().toString();
		return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
	}

	/**
	 * The provider failed; {@code nothingHappened} when a retry cannot move money twice.
	 */
	static final class ProviderFailure extends RuntimeException {

		private final boolean nothingHappened;

		ProviderFailure(String message, boolean nothingHappened) {
			super(message, null, false, false);
			this.nothingHappened = nothingHappened;
		}

		boolean nothingHappened() {
			return this.nothingHappened;
		}

	}

}
