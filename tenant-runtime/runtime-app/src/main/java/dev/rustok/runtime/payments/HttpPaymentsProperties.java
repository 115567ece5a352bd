package dev.rustok.runtime.payments;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HTTP payment provider (docs/adr/0059), off unless {@code base-url} is set. The API
 * key comes from the environment ({@code RUSTOK_PAYMENTS_HTTP_API_KEY}) or a file of that
 * name under the secrets directory (docs/adr/0025), never from committed configuration.
 *
 * @param baseUrl the provider's API root, e.g. {@code https://api.provider.example}
 * @param apiKey sent as a bearer token
 * @param timeout how long one attempt may take before the shopper is answered
 * "unavailable"
 * @param attempts attempts in all when the provider says "try again" (502, 503, 504) or
 * cannot be reached; never after a time-out
 * @param retryWait the pause between attempts
 * @param breakerWindow the last calls whose failures the breaker counts
 * @param breakerFailureRate the share of failed calls (percent) that opens the breaker
 * @param breakerOpenFor how long an open breaker answers at once before it tries again
 */
@ConfigurationProperties("rustok.payments.http")
public record HttpPaymentsProperties(URI baseUrl, String apiKey, @DefaultValue("5s") Duration timeout,
		@DefaultValue("3") int attempts, @DefaultValue("200ms") Duration retryWait,
		@DefaultValue("10") int breakerWindow, @DefaultValue("50") int breakerFailureRate,
		@DefaultValue("30s") Duration breakerOpenFor) {

	public HttpPaymentsProperties {
		if (baseUrl != null && !"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme())) {
			throw new IllegalArgumentException("rustok.payments.http.base-url must be an http(s) URL");
		}
		if (baseUrl != null && (apiKey == null || apiKey.isBlank())) {
			throw new IllegalArgumentException(
					"rustok.payments.http.api-key is required (RUSTOK_PAYMENTS_HTTP_API_KEY or a secret file)");
		}
		if (attempts < 1 || breakerWindow < 1 || breakerFailureRate < 1 || breakerFailureRate > 100) {
			throw new IllegalArgumentException("rustok.payments.http: attempts, breaker window and rate are positive");
		}
	}

}
