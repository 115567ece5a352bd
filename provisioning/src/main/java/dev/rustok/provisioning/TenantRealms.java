package dev.rustok.provisioning;

import java.util.List;
import java.util.Optional;

import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Port: the identity provider's realms, as far as the platform needs them. The one way
 * main code (provisioning, the console's platform realm) and tests reach Keycloak's admin
 * API. Every call fails with {@link IdentityUnavailable} when the provider cannot do it;
 * every write is idempotent, so a caller that failed half-way simply calls again.
 *
 * <p>
 * A realm per tenant is one way to keep tenants apart; the long tail of small shops may
 * later share a realm as Keycloak Organizations (ADR 0018). Callers name realms through
 * {@link TenantOrder#realm()}, so only this port and its adapter would learn the
 * difference.
 */
public interface TenantRealms {

	/**
	 * Creates a realm with everything in it (clients, roles, users) in one import, which
	 * the provider applies in one transaction.
	 * @return {@code false} when a realm of that name already existed (left unchanged)
	 */
	boolean importRealm(RealmRepresentation realm);

	boolean exists(String realm);

	/**
	 * Deletes a realm with its users and clients.
	 * @return {@code false} when there was none
	 */
	boolean delete(String realm);

	/**
	 * Adds {@code redirectUri} to a client's redirect URIs, keeping the others.
	 * @return {@code false} when the client already had it
	 * @throws IllegalStateException when the realm has no such client
	 */
	boolean addRedirectUri(String realm, String clientId, String redirectUri);

	/**
	 * Lets shoppers sign up on the realm's own registration page, each new account
	 * getting the realm role {@code role} as a default role (docs/adr/0075). Realms
	 * created before customer accounts existed get it when provisioning meets them again.
	 * @return {@code false} when the realm already allowed it
	 */
	boolean openCustomerSignUp(String realm, String role);

	/** Adds a staff member with a password and realm roles to {@code realm}. */
	void createStaffMember(String realm, StaffMember member);

	/**
	 * Lets the service account of {@code serviceClientId}, a confidential client of the
	 * {@code master} realm, manage the users of {@code realm} and nothing else: the
	 * {@value #USER_MANAGEMENT_ROLES} roles of that realm's management client in master
	 * (view-realm only because Keycloak asks it of whoever reads a role's members)
	 * (docs/adr/0078). Idempotent.
	 * @return whether the roles were granted now, were already held, or master has no
	 * such client (a platform whose runtimes do not manage staff), so nothing was granted
	 */
	UserManagementGrant grantUserManagement(String realm, String serviceClientId);

	/** What {@link #grantUserManagement} found and did. */
	enum UserManagementGrant {

		/** The service account lacked some of the roles and holds them now. */
		GRANTED,
		/** The service account already held every role; nothing changed. */
		ALREADY_HELD,
		/** Master has no such client; nothing was granted. */
		NO_SERVICE_CLIENT

	}

	/**
	 * Makes {@code frontendUrl} the realm's address for browsers and its tokens' issuer
	 * (the realm attribute {@code frontendUrl}, docs/adr/0091). Tokens the realm issued
	 * under its former address stop being refreshable (docs/adr/0097).
	 * @return {@code false} when the realm was already served there
	 */
	boolean serveAt(String realm, String frontendUrl);

	/** The roles {@link #grantUserManagement} grants, and no others. */
	String USER_MANAGEMENT_ROLES = "manage-users, view-users, query-users, view-realm";

	/**
	 * The confidential client of the {@code master} realm through which the runtimes
	 * manage shop staff (docs/adr/0078).
	 */
	String STAFF_ADMIN_CLIENT = "rustok-staff-admin";

	/** The realm's settings, without its users. */
	Optional<RealmRepresentation> find(String realm);

	List<ClientRepresentation> clients(String realm);

	/** The users of {@code realm}, at most the first 100. */
	List<UserRepresentation> users(String realm);

	List<String> realmRoles(String realm);

	/**
	 * A person who works on a shop (or the platform): signs in with their email.
	 *
	 * @param email also the username
	 * @param password set as is; the realm's password policy applies
	 * @param realmRoles the realm roles to grant, e.g. {@code editor}
	 */
	record StaffMember(String email, String password, List<String> realmRoles) {

		public StaffMember {
			realmRoles = List.copyOf(realmRoles);
		}

		@Override
		public String toString() {
			return "StaffMember[email=" + this.email + ", realmRoles=" + this.realmRoles + "]";
		}

	}

}
