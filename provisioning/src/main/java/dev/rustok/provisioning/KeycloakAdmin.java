package dev.rustok.provisioning;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Keycloak's admin REST API, as far as the platform needs it: realms imported whole, and
 * their clients. The one place that talks to it, for tenant realms (provisioning) and the
 * platform admins' realm (the console). Every call goes through a retry (for blips)
 * inside a circuit breaker (so a Keycloak that is down fails at once instead of piling up
 * waiting requests), with short timeouts.
 */
public class KeycloakAdmin {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	// importing a realm with its clients and a user takes Keycloak a few seconds on a
	// busy machine
	private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

	private final String url;

	private final String adminUsername;

	private final String adminPassword;

	private final RestClient rest;

	private final CircuitBreaker breaker;

	private final Retry retry;

	public KeycloakAdmin(String url, String adminUsername, String adminPassword) {
		this.url = url;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
		requests.setReadTimeout(READ_TIMEOUT);
		this.rest = RestClient.builder().baseUrl(url).requestFactory(requests).build();
		this.breaker = CircuitBreaker.of("keycloak-admin",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(10)
					.minimumNumberOfCalls(4)
					.failureRateThreshold(50)
					.waitDurationInOpenState(Duration.ofSeconds(10))
					.recordExceptions(ResourceAccessException.class, HttpServerErrorException.class)
					.build());
		this.retry = Retry.of("keycloak-admin",
				RetryConfig.custom()
					.maxAttempts(3)
					.intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2))
					.retryExceptions(ResourceAccessException.class, HttpServerErrorException.class)
					.build());
	}

	/**
	 * Creates a realm with everything in it (clients, roles, users) in one import, which
	 * Keycloak applies in one transaction; {@code false} when the realm already existed.
	 */
	public boolean importRealm(String realm, Object representation) {
		return guarded("create realm " + realm, () -> {
			HttpStatus status = this.rest.post()
				.uri("/admin/realms")
				.headers((headers) -> headers.setBearerAuth(adminToken()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(representation)
				.exchange((request, response) -> {
					if (response.getStatusCode().isError() && response.getStatusCode().value() != 409) {
						throw (response.getStatusCode().is5xxServerError())
								? HttpServerErrorException.create(response.getStatusCode(), response.getStatusText(),
										response.getHeaders(), response.getBody().readAllBytes(), null)
								: HttpClientErrorException.create(response.getStatusCode(), response.getStatusText(),
										response.getHeaders(), response.getBody().readAllBytes(), null);
					}
					return HttpStatus.valueOf(response.getStatusCode().value());
				});
			return status != HttpStatus.CONFLICT;
		});
	}

	public boolean realmExists(String realm) {
		return guarded("look up realm " + realm,
				() -> this.rest.get()
					.uri("/admin/realms/{realm}", realm)
					.headers((headers) -> headers.setBearerAuth(adminToken()))
					.exchange((request, response) -> {
						if (response.getStatusCode().value() == 404) {
							return false;
						}
						if (response.getStatusCode().is5xxServerError()) {
							throw HttpServerErrorException.create(response.getStatusCode(), response.getStatusText(),
									response.getHeaders(), new byte[0], null);
						}
						if (response.getStatusCode().isError()) {
							throw HttpClientErrorException.create(response.getStatusCode(), response.getStatusText(),
									response.getHeaders(), response.getBody().readAllBytes(), null);
						}
						return true;
					}));
	}

	/** Deletes a realm; {@code false} when there was none. */
	public boolean deleteRealm(String realm) {
		return guarded("delete realm " + realm,
				() -> this.rest.delete()
					.uri("/admin/realms/{realm}", realm)
					.headers((headers) -> headers.setBearerAuth(adminToken()))
					.exchange((request, response) -> {
						if (response.getStatusCode().value() == 404) {
							return false;
						}
						if (response.getStatusCode().isError()) {
							throw (response.getStatusCode().is5xxServerError())
									? HttpServerErrorException.create(response.getStatusCode(),
											response.getStatusText(), response.getHeaders(), new byte[0], null)
									: HttpClientErrorException.create(response.getStatusCode(),
											response.getStatusText(), response.getHeaders(), new byte[0], null);
						}
						return true;
					}));
	}

	/** The clients of a realm with this client id (none or one). */
	public List<Map<String, Object>> clientsNamed(String realm, String clientId) {
		return guarded("read client " + clientId + " of realm " + realm,
				() -> this.rest.get()
					.uri("/admin/realms/{realm}/clients?clientId={clientId}", realm, clientId)
					.headers((headers) -> headers.setBearerAuth(adminToken()))
					.retrieve()
					.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
					}));
	}

	/** Replaces a client's representation, as read by {@link #clientsNamed}. */
	public void updateClient(String realm, Map<String, Object> client) {
		guarded("update client " + client.get("clientId") + " of realm " + realm,
				() -> this.rest.put()
					.uri("/admin/realms/{realm}/clients/{id}", realm, client.get("id"))
					.headers((headers) -> headers.setBearerAuth(adminToken()))
					.contentType(MediaType.APPLICATION_JSON)
					.body(client)
					.retrieve()
					.toBodilessEntity());
	}

	// an admin token lives 60 s, so each call fetches its own instead of caching one
	private String adminToken() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "password");
		form.add("client_id", "admin-cli");
		form.add("username", this.adminUsername);
		form.add("password", this.adminPassword);
		Map<?, ?> token = this.rest.post()
			.uri("/realms/master/protocol/openid-connect/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(Map.class);
		return (String) token.get("access_token");
	}

	private <T> T guarded(String action, Supplier<T> call) {
		try {
			return Retry.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.breaker, call)).get();
		}
		catch (CallNotPermittedException ex) {
			throw new KeycloakUnavailable("Keycloak is unavailable after repeated failures; this will succeed"
					+ " once it answers again (could not " + action + ")", ex);
		}
		catch (ResourceAccessException ex) {
			throw new KeycloakUnavailable("Keycloak at " + this.url + " did not answer (could not " + action + "): "
					+ describe(ex.getMostSpecificCause()), ex);
		}
		catch (HttpServerErrorException ex) {
			throw new KeycloakUnavailable(
					"Keycloak failed with HTTP " + ex.getStatusCode().value() + " (could not " + action + ")", ex);
		}
		catch (HttpClientErrorException ex) {
			throw new KeycloakUnavailable("Keycloak refused to " + action + ": HTTP " + ex.getStatusCode().value() + " "
					+ ex.getResponseBodyAsString(), ex);
		}
	}

	private static String describe(Throwable cause) {
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	/** Why a Keycloak call failed, in words fit for the merchant's status page. */
	public static class KeycloakUnavailable extends RuntimeException {

		KeycloakUnavailable(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
