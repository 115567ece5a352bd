package dev.rustok.runtime.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.Tenant;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link StaffAccounts} on Keycloak's admin API through keycloak-admin-client, as the
 * master-realm service account of docs/adr/0078: it may manage the users of shop realms
 * and read their roles, nothing else. Staff are the members of the four staff roles, so
 * other users of the realm (shoppers) are never listed, counted or changed here. Calls
 * pass a circuit breaker so a Keycloak that is down fails at once (503) instead of
 * holding requests; nothing is retried, as a create is not idempotent.
 */
class KeycloakStaffAccounts implements StaffAccounts {

	// far more than the largest plan's staff accounts (enterprise: 100)
	private static final int MEMBERS_PER_ROLE = 1_000;

	private final Keycloak keycloak;

	private final CircuitBreaker breaker;

	KeycloakStaffAccounts(Keycloak keycloak, CircuitBreaker breaker) {
		this.keycloak = keycloak;
		this.breaker = breaker;
	}

	@Override
	public List<StaffMember> list(Tenant tenant) {
		return guarded("read the staff", () -> {
			RealmResource realm = realm(tenant);
			Map<String, StaffMember> byId = new LinkedHashMap<>();
			// strongest first, so a user holding two staff roles is listed with the
			// stronger
			for (StaffRole role : StaffRole.values()) {
				for (UserRepresentation user : realm.roles()
					.get(role.realmRole())
					.getUserMembers(true, 0, MEMBERS_PER_ROLE)) {
					byId.putIfAbsent(user.getId(), member(user, role));
				}
			}
			List<StaffMember> members = new ArrayList<>(byId.values());
			members.sort(Comparator.comparing(StaffMember::role).thenComparing(StaffMember::email));
			return members;
		});
	}

	@Override
	public StaffMember create(Tenant tenant, String email, StaffRole role, TemporaryPassword password) {
		return guarded("add a staff member", () -> {
			RealmResource realm = realm(tenant);
			String id;
			try (Response created = realm.users().create(newUser(email, password))) {
				if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
					throw new ResourceConflict(new FieldProblem("email", "already has an account at this shop"));
				}
				id = CreatedResponseUtil.getCreatedId(created);
			}
			try {
				realm.users().get(id).roles().realmLevel().add(List.of(roleOf(realm, role)));
			}
			catch (RuntimeException ex) {
				// an account without its role would be a login to nothing: undo it
				realm.users().get(id).remove();
				throw ex;
			}
			return new StaffMember(UUID.fromString(id), email, role, true);
		});
	}

	@Override
	public void changeRole(Tenant tenant, StaffMember member, StaffRole role) {
		guarded("change a staff member's role", () -> {
			RealmResource realm = realm(tenant);
			var mappings = realm.users().get(member.id().toString()).roles().realmLevel();
			List<RoleRepresentation> staffRoles = mappings.listAll()
				.stream()
				.filter((held) -> StaffRole.ofRealmRole(held.getName()).isPresent())
				.filter((held) -> !held.getName().equals(role.realmRole()))
				.toList();
			// the new role first, so the member is never without one
			mappings.add(List.of(roleOf(realm, role)));
			if (!staffRoles.isEmpty()) {
				mappings.remove(staffRoles);
			}
			return null;
		});
	}

	@Override
	public void setEnabled(Tenant tenant, StaffMember member, boolean enabled) {
		guarded("enable or disable a staff member", () -> {
			var user = realm(tenant).users().get(member.id().toString());
			// the whole representation back: a partial one may clear other fields
			UserRepresentation representation = user.toRepresentation();
			representation.setEnabled(enabled);
			user.update(representation);
			return null;
		});
	}

	@Override
	public void remove(Tenant tenant, StaffMember member) {
		guarded("remove a staff member", () -> {
			try {
				realm(tenant).users().get(member.id().toString()).remove();
			}
			catch (NotFoundException ex) {
				// already gone: what the caller wanted
			}
			return null;
		});
	}

	// the tenant's realm, as the request's route names it: never one a client names
	private RealmResource realm(Tenant tenant) {
		return this.keycloak.realm(tenant.realm());
	}

	private static RoleRepresentation roleOf(RealmResource realm, StaffRole role) {
		return realm.roles().get(role.realmRole()).toRepresentation();
	}

	private static UserRepresentation newUser(String email, TemporaryPassword password) {
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password.value());
		// docs/adr/0079: good for one sign-in, which asks for a password of their own
		credential.setTemporary(true);
		UserRepresentation user = new UserRepresentation();
		user.setUsername(email);
		user.setEmail(email);
		user.setEnabled(true);
		user.setCredentials(List.of(credential));
		user.setRequiredActions(List.of("UPDATE_PASSWORD"));
		return user;
	}

	private static StaffMember member(UserRepresentation user, StaffRole role) {
		String email = (user.getEmail() != null) ? user.getEmail() : user.getUsername();
		return new StaffMember(UUID.fromString(user.getId()), email, role, Boolean.TRUE.equals(user.isEnabled()));
	}

	private <T> T guarded(String action, Supplier<T> call) {
		try {
			return CircuitBreaker.decorateSupplier(this.breaker, call).get();
		}
		catch (CallNotPermittedException ex) {
			throw new StaffDirectoryUnavailable("The shop's sign-in service is unavailable after repeated failures;"
					+ " try again in a few seconds (could not " + action + ")", ex);
		}
		catch (ProcessingException ex) {
			throw new StaffDirectoryUnavailable(
					"The shop's sign-in service did not answer; try again (could not " + action + ")", ex);
		}
		catch (WebApplicationException ex) {
			// 401/403: this runtime's service account is not set up for the shop
			// (docs/adr/0078), which the client cannot fix either
			throw new StaffDirectoryUnavailable("The shop's sign-in service refused to " + action + " (HTTP "
					+ ex.getResponse().getStatus() + "); an operator must check the runtime's staff client", ex);
		}
	}

}
