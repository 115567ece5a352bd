package dev.rustok.runtime.staff;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.rustok.runtime.security.KeycloakProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServerErrorException;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * keycloak-admin-client signed in with the client-credentials grant of the staff client
 * (docs/adr/0078); the client renews its token itself. Without a configured secret (a dev
 * runtime started by hand) every staff call answers 503 instead of the runtime failing to
 * start.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakStaffConfiguration {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

	@Bean(destroyMethod = "close")
	Keycloak staffKeycloak(KeycloakProperties keycloak, StaffProperties staff) {
		String secret = (staff.keycloakClientSecret() == null || staff.keycloakClientSecret().isBlank())
				? "not-configured" : staff.keycloakClientSecret();
		return KeycloakBuilder.builder()
			.serverUrl(keycloak.url())
			.realm("master")
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(staff.keycloakClientId())
			.clientSecret(secret)
			.resteasyClient(
					new ResteasyClientBuilderImpl().connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
						.readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
						// RESTEasy's default is one connection, unsafe across threads
						.connectionPoolSize(16)
						.register(new JacksonProvider(), 100)
						.build())
			.build();
	}

	@Bean
	KeycloakStaffAccounts staffAccounts(Keycloak staffKeycloak) {
		CircuitBreaker breaker = CircuitBreaker.of("keycloak-staff",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(10)
					.minimumNumberOfCalls(4)
					.failureRateThreshold(50)
					.waitDurationInOpenState(Duration.ofSeconds(10))
					// only outages open it: a refused or conflicting request is an answer
					.recordExceptions(ProcessingException.class, ServerErrorException.class)
					.build());
		return new KeycloakStaffAccounts(staffKeycloak, breaker);
	}

}
