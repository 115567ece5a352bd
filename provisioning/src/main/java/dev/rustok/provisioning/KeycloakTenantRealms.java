package dev.rustok.provisioning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link TenantRealms} on Keycloak's admin API through the typed
 * {@code keycloak-admin-client}, signed in as an admin of the {@code master} realm (the
 * client renews its token). Every call goes through a retry (for blips) inside a circuit
 * breaker (so a Keycloak that is down fails at once instead of piling up waiting
 * requests), with short timeouts.
 */
public final class KeycloakTenantRealms implements TenantRealms, AutoCloseable {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	// importing a realm with its clients and a user takes Keycloak a few seconds on a
	// busy machine
	private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

	private final Keycloak keycloak;

	private final CircuitBreaker breaker;

	private final Retry retry;

	public KeycloakTenantRealms(String url, String adminUsername, String adminPassword) {
		this.keycloak = KeycloakBuilder.builder()
			.serverUrl(url)
			.realm("master")
			.clientId("admin-cli")
			.grantType(OAuth2Constants.PASSWORD)
			.username(adminUsername)
			.password(adminPassword)
			.resteasyClient(
					new ResteasyClientBuilderImpl().connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
						.readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
						// RESTEasy's default is one connection, unsafe across threads
						.connectionPoolSize(16)
						.register(new JacksonProvider(), 100)
						.build())
			.build();
		this.breaker = CircuitBreaker.of("keycloak-admin",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(10)
					.minimumNumberOfCalls(4)
					.failureRateThreshold(50)
					.waitDurationInOpenState(Duration.ofSeconds(10))
					.recordExceptions(ProcessingException.class, ServerErrorException.class)
					.build());
		this.retry = Retry.of("keycloak-admin",
				RetryConfig.custom()
					.maxAttempts(3)
					.intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2))
					.retryExceptions(ProcessingException.class, ServerErrorException.class)
					.build());
	}

	/** The adapter for the Keycloak named in {@code settings}. */
	public static KeycloakTenantRealms of(ProvisioningSettings settings) {
		return new KeycloakTenantRealms(settings.keycloakUrl(), settings.keycloakAdminUsername(),
				settings.keycloakAdminPassword());
	}

	@Override
	public boolean importRealm(RealmRepresentation realm) {
		return guarded("create realm " + realm.getRealm(), () -> {
			try {
				this.keycloak.realms().create(realm);
				return true;
			}
			catch (ClientErrorException ex) {
				if (ex.getResponse().getStatus() == Response.Status.CONFLICT.getStatusCode()) {
					return false;
				}
				throw ex;
			}
		});
	}

	@Override
	public boolean exists(String realm) {
		return find(realm).isPresent();
	}

	@Override
	public boolean delete(String realm) {
		return guarded("delete realm " + realm, () -> {
			try {
				this.keycloak.realm(realm).remove();
				return true;
			}
			catch (NotFoundException ex) {
				return false;
			}
		});
	}

	@Override
	public boolean addRedirectUri(String realm, String clientId, String redirectUri) {
		return guarded("add a redirect URI to client " + clientId + " of realm " + realm, () -> {
			RealmResource resource = this.keycloak.realm(realm);
			ClientRepresentation client = resource.clients()
				.findByClientId(clientId)
				.stream()
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("the realm '" + realm + "' has no client '" + clientId
						+ "'; delete the realm to have it created again"));
			List<String> redirectUris = new ArrayList<>(
					(client.getRedirectUris() != null) ? client.getRedirectUris() : List.of());
			if (redirectUris.contains(redirectUri)) {
				return false;
			}
			redirectUris.add(redirectUri);
			client.setRedirectUris(redirectUris);
			resource.clients().get(client.getId()).update(client);
			return true;
		});
	}

	@Override
	public boolean openCustomerSignUp(String realm, String role) {
		return guarded("open customer sign-up in realm " + realm, () -> {
			RealmResource resource = this.keycloak.realm(realm);
			RealmRepresentation settings = resource.toRepresentation();
			boolean changed = false;
			if (!Boolean.TRUE.equals(settings.isRegistrationAllowed())
					|| !Boolean.TRUE.equals(settings.isRegistrationEmailAsUsername())) {
				settings.setRegistrationAllowed(true);
				settings.setRegistrationEmailAsUsername(true);
				resource.update(settings);
				changed = true;
			}
			// the realm's default role is a composite: what it holds, every new user gets
			String defaultRole = settings.getDefaultRole().getName();
			boolean granted = resource.roles()
				.get(defaultRole)
				.getRealmRoleComposites()
				.stream()
				.anyMatch((composite) -> composite.getName().equals(role));
			if (!granted) {
				resource.roles().get(defaultRole).addComposites(List.of(resource.roles().get(role).toRepresentation()));
				changed = true;
			}
			return changed;
		});
	}

	@Override
	public void createStaffMember(String realm, StaffMember member) {
		guarded("add a staff member to realm " + realm, () -> {
			CredentialRepresentation password = new CredentialRepresentation();
			password.setType(CredentialRepresentation.PASSWORD);
			password.setValue(member.password());
			password.setTemporary(false);
			UserRepresentation user = new UserRepresentation();
			user.setUsername(member.email());
			user.setEmail(member.email());
			user.setEmailVerified(true);
			user.setEnabled(true);
			user.setCredentials(List.of(password));
			RealmResource resource = this.keycloak.realm(realm);
			String id;
			try (Response created = resource.users().create(user)) {
				id = CreatedResponseUtil.getCreatedId(created);
			}
			List<RoleRepresentation> roles = member.realmRoles()
				.stream()
				.map((role) -> resource.roles().get(role).toRepresentation())
				.toList();
			if (!roles.isEmpty()) {
				resource.users().get(id).roles().realmLevel().add(roles);
			}
			return id;
		});
	}

	@Override
	public UserManagementGrant grantUserManagement(String realm, String serviceClientId) {
		return guarded("let " + serviceClientId + " manage the users of realm " + realm, () -> {
			RealmResource master = this.keycloak.realm("master");
			Optional<ClientRepresentation> service = master.clients()
				.findByClientId(serviceClientId)
				.stream()
				.findFirst();
			if (service.isEmpty()) {
				return UserManagementGrant.NO_SERVICE_CLIENT;
			}
			// Keycloak keeps each realm's admin roles on the client "<realm>-realm" of
			// master
			ClientRepresentation management = master.clients()
				.findByClientId(realm + "-realm")
				.stream()
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("master has no management client for realm " + realm));
			UserRepresentation account = master.clients().get(service.get().getId()).getServiceAccountUser();
			RoleScopeResource held = master.users().get(account.getId()).roles().clientLevel(management.getId());
			List<String> heldNames = held.listAll().stream().map(RoleRepresentation::getName).toList();
			List<RoleRepresentation> missing = Stream.of(USER_MANAGEMENT_ROLES.split(", "))
				.filter((role) -> !heldNames.contains(role))
				.map((role) -> master.clients().get(management.getId()).roles().get(role).toRepresentation())
				.toList();
			if (missing.isEmpty()) {
				return UserManagementGrant.ALREADY_HELD;
			}
			held.add(missing);
			return UserManagementGrant.GRANTED;
		});
	}

	@Override
	public boolean serveAt(String realm, String frontendUrl) {
		return guarded("set the frontend URL of realm " + realm, () -> {
			RealmResource resource = this.keycloak.realm(realm);
			RealmRepresentation settings = resource.toRepresentation();
			Map<String, String> attributes = new HashMap<>(
					(settings.getAttributes() != null) ? settings.getAttributes() : Map.of());
			if (frontendUrl.equals(attributes.get(TenantRealm.FRONTEND_URL))) {
				return false;
			}
			attributes.put(TenantRealm.FRONTEND_URL, frontendUrl);
			settings.setAttributes(attributes);
			resource.update(settings);
			return true;
		});
	}

	@Override
	public Optional<RealmRepresentation> find(String realm) {
		return guarded("look up realm " + realm, () -> {
			try {
				return Optional.of(this.keycloak.realm(realm).toRepresentation());
			}
			catch (NotFoundException ex) {
				return Optional.empty();
			}
		});
	}

	@Override
	public List<ClientRepresentation> clients(String realm) {
		return guarded("read the clients of realm " + realm, () -> this.keycloak.realm(realm).clients().findAll());
	}

	@Override
	public List<UserRepresentation> users(String realm) {
		return guarded("read the users of realm " + realm, () -> this.keycloak.realm(realm).users().list(0, 100));
	}

	@Override
	public List<String> realmRoles(String realm) {
		return guarded("read the roles of realm " + realm,
				() -> this.keycloak.realm(realm).roles().list().stream().map(RoleRepresentation::getName).toList());
	}

	@Override
	public void close() {
		this.keycloak.close();
	}

	private <T> T guarded(String action, Supplier<T> call) {
		try {
			return Retry.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.breaker, call)).get();
		}
		catch (CallNotPermittedException ex) {
			throw new IdentityUnavailable("Keycloak is unavailable after repeated failures; this will succeed"
					+ " once it answers again (could not " + action + ")", ex);
		}
		catch (ProcessingException ex) {
			throw new IdentityUnavailable("Keycloak did not answer (could not " + action + "): " + rootCause(ex), ex);
		}
		catch (WebApplicationException ex) {
			throw new IdentityUnavailable("Keycloak refused to " + action + ": HTTP " + ex.getResponse().getStatus(),
					ex);
		}
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

}
