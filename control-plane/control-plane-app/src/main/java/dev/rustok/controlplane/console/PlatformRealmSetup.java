package dev.rustok.controlplane.console;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.rustok.controlplane.provisioning.KeycloakProperties;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Makes sure the platform admins' realm exists, after start-up and off the critical path:
 * the portal and the signup API do not need it, so the control plane starts even while
 * Keycloak is down and keeps trying until Keycloak answers.
 */
@Component
class PlatformRealmSetup {

	private static final Logger log = LoggerFactory.getLogger(PlatformRealmSetup.class);

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

	private final KeycloakProperties keycloak;

	private final ConsoleProperties console;

	private final ConsoleHost consoleHost;

	private final RestClient rest;

	private volatile Thread attempts;

	PlatformRealmSetup(KeycloakProperties keycloak, ConsoleProperties console, ConsoleHost consoleHost) {
		this.keycloak = keycloak;
		this.console = console;
		this.consoleHost = consoleHost;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
		requests.setReadTimeout(READ_TIMEOUT);
		this.rest = RestClient.builder().baseUrl(keycloak.url()).requestFactory(requests).build();
	}

	/** What {@link #ensure()} found and did. */
	enum Outcome {

		/** The realm did not exist and was created complete. */
		CREATED,
		/** The realm existed; its console client lacked this console's address. */
		REDIRECT_ADDED,
		/** The realm existed as needed; nothing changed. */
		UNCHANGED

	}

	@EventListener(ApplicationReadyEvent.class)
	void setUpInTheBackground() {
		this.attempts = Thread.ofVirtual().name("platform-realm-setup").start(this::ensureUntilDone);
	}

	@PreDestroy
	void stop() {
		Thread running = this.attempts;
		if (running != null) {
			running.interrupt();
		}
	}

	private void ensureUntilDone() {
		Duration pause = Duration.ofSeconds(1);
		while (!Thread.currentThread().isInterrupted()) {
			try {
				Outcome outcome = ensure();
				log.info("Platform realm '{}' for the console at {}: {}", this.console.realm(),
						this.consoleHost.baseUrl(), outcome);
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Could not set up the platform realm '{}' in Keycloak at {} ({}); retrying in {} s",
						this.console.realm(), this.keycloak.url(), ex.getMessage(), pause.toSeconds());
			}
			try {
				Thread.sleep(pause);
			}
			catch (InterruptedException ex) {
				return;
			}
			pause = (pause.compareTo(LONGEST_PAUSE) < 0) ? pause.multipliedBy(2) : LONGEST_PAUSE;
		}
	}

	/**
	 * Creates the realm in one import when it is missing; when it exists, only adds this
	 * console's address to the console client's redirect URIs (several platforms on one
	 * Keycloak, on different ports, share the realm). Users and roles of an existing
	 * realm are left alone.
	 */
	Outcome ensure() {
		String token = adminToken();
		String redirectUri = this.consoleHost.loginRedirectUris();
		boolean created = this.rest.post()
			.uri("/admin/realms")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(PlatformRealm.of(this.console, redirectUri))
			.exchange((request, response) -> {
				if (response.getStatusCode().value() == 409) {
					return false;
				}
				if (response.getStatusCode().isError()) {
					throw new RestClientException("creating the realm answered " + response.getStatusCode().value()
							+ " " + new String(response.getBody().readAllBytes()));
				}
				return true;
			});
		if (created) {
			return Outcome.CREATED;
		}
		return addRedirectUri(token, redirectUri) ? Outcome.REDIRECT_ADDED : Outcome.UNCHANGED;
	}

	private boolean addRedirectUri(String token, String redirectUri) {
		List<Map<String, Object>> clients = this.rest.get()
			.uri("/admin/realms/{realm}/clients?clientId={clientId}", this.console.realm(),
					PlatformRealm.CONSOLE_CLIENT)
			.headers((headers) -> headers.setBearerAuth(token))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		if (clients == null || clients.isEmpty()) {
			throw new RestClientException("the realm '" + this.console.realm() + "' has no client '"
					+ PlatformRealm.CONSOLE_CLIENT + "'; delete the realm to have it created again");
		}
		Map<String, Object> client = clients.getFirst();
		List<String> redirectUris = new ArrayList<>(redirectUris(client));
		if (redirectUris.contains(redirectUri)) {
			return false;
		}
		redirectUris.add(redirectUri);
		client.put("redirectUris", redirectUris);
		this.rest.put()
			.uri("/admin/realms/{realm}/clients/{id}", this.console.realm(), client.get("id"))
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(client)
			.retrieve()
			.toBodilessEntity();
		return true;
	}

	private static List<String> redirectUris(Map<String, Object> client) {
		return (client.get("redirectUris") instanceof List<?> uris) ? uris.stream().map(String::valueOf).toList()
				: List.of();
	}

	// an admin token lives 60 s, so each set-up fetches its own
	private String adminToken() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "password");
		form.add("client_id", "admin-cli");
		form.add("username", this.keycloak.adminUsername());
		form.add("password", this.keycloak.adminPassword());
		Map<String, Object> token = this.rest.post()
			.uri("/realms/master/protocol/openid-connect/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return (String) token.get("access_token");
	}

}
