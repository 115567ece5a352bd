package dev.rustok.provisioning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rustok.controlplane.api.TenantNames;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The Keycloak realm of a new tenant: clients, roles, login rules and the owner in one
 * document, so Keycloak imports the realm in one transaction and a realm that exists is a
 * complete one. Logins return only to the shop's own hosts, with PKCE; see ADR 0016.
 */
final class TenantRealm {

	static final List<String> ROLES = List.of("owner", "admin", "editor", "viewer", "customer");

	static final String STOREFRONT_CLIENT = "storefront";

	/** The role every self-registered shopper gets (docs/adr/0075). */
	static final String CUSTOMER_ROLE = "customer";

	static final String ADMIN_CLIENT = "admin";

	/** The realm attribute naming the realm's address for browsers (docs/adr/0091). */
	static final String FRONTEND_URL = "frontendUrl";

	/** The password-grant client of tests and the dev launcher; never in production. */
	static final String DEV_CLI_CLIENT = "rustok-dev-cli";

	/** Where the storefront receives the authorization code. */
	static final String STOREFRONT_CALLBACK = "/auth/callback";

	/** Where the tenant admin app receives the authorization code. */
	static final String ADMIN_CALLBACK = "/admin/auth/callback";

	/**
	 * Keycloak's form of the owner password rule that signup checks and explains (12 to
	 * 128 characters, not the username or email).
	 */
	static final String PASSWORD_POLICY = "length(12) and maxLength(128) and notUsername and notEmail";

	// five wrong passwords lock the account for a minute, each further one adds a minute,
	// up to 15; a lock is temporary so an attacker cannot lock the owner out for good
	static final int FAILURES_BEFORE_LOCKOUT = 5;

	private TenantRealm() {
	}

	/**
	 * The realm of {@code order}, whose logins may return to {@code hosts} (the shop's
	 * host under the platform domain now, its custom domains later) as reached at
	 * {@code address}.
	 */
	static RealmRepresentation of(TenantOrder order, List<String> hosts, PublicAddress address,
			boolean devPasswordGrantClient) {
		List<String> origins = hosts.stream().map(address::origin).toList();
		RealmRepresentation realm = new RealmRepresentation();
		realm.setRealm(order.realm());
		realm.setDisplayName(order.shopName());
		realm.setEnabled(true);
		realm.setRoles(roles());
		List<ClientRepresentation> clients = new ArrayList<>(
				List.of(browserClient(STOREFRONT_CLIENT, "Storefront", origins, STOREFRONT_CALLBACK, "/"),
						browserClient(ADMIN_CLIENT, "Shop admin", origins, ADMIN_CALLBACK, "/admin/")));
		if (devPasswordGrantClient) {
			clients.add(devCliClient());
		}
		clients.forEach((client) -> client.setProtocolMappers(List.of(shopAudience(order))));
		realm.setClients(clients);
		realm.setUsers(List.of(owner(order)));
		realm.setPasswordPolicy(PASSWORD_POLICY);
		// shoppers create their own accounts on the realm's registration page
		// (docs/adr/0075); the customer role is a default role, given after the import
		realm.setRegistrationAllowed(true);
		// a shopper signs up with an e-mail, as staff sign in with theirs
		realm.setRegistrationEmailAsUsername(true);
		lockOutGuessers(realm);
		realm.setComponents(KeycloakUserProfile.namesOptional());
		return realm;
	}

	private static RolesRepresentation roles() {
		RolesRepresentation roles = new RolesRepresentation();
		roles.setRealm(ROLES.stream().map((name) -> {
			RoleRepresentation role = new RoleRepresentation();
			role.setName(name);
			return role;
		}).toList());
		return roles;
	}

	// public (a browser app has no secret to keep), so PKCE S256 is what ties the code to
	// the browser that asked for it; exact redirect URIs and origins, no wildcard
	private static ClientRepresentation browserClient(String clientId, String name, List<String> origins,
			String callback, String afterLogout) {
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(clientId);
		client.setName(name);
		client.setPublicClient(true);
		client.setStandardFlowEnabled(true);
		client.setImplicitFlowEnabled(false);
		client.setDirectAccessGrantsEnabled(false);
		client.setServiceAccountsEnabled(false);
		client.setRedirectUris(origins.stream().map((origin) -> origin + callback).toList());
		client.setWebOrigins(origins);
		client.setAttributes(Map.of("pkce.code.challenge.method", "S256", "post.logout.redirect.uris",
				String.join("##", origins.stream().map((origin) -> origin + afterLogout).toList())));
		return client;
	}

	private static ClientRepresentation devCliClient() {
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(DEV_CLI_CLIENT);
		client.setName("Tests and the dev launcher (password grant)");
		client.setPublicClient(true);
		client.setStandardFlowEnabled(false);
		client.setImplicitFlowEnabled(false);
		client.setDirectAccessGrantsEnabled(true);
		client.setRedirectUris(List.of());
		client.setWebOrigins(List.of());
		return client;
	}

	// the gateway and the runtime accept only tokens naming the shop's API as audience
	// (ADR 0051); in the access token only, the ID token is for the app itself
	private static ProtocolMapperRepresentation shopAudience(TenantOrder order) {
		ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
		mapper.setName("shop-api-audience");
		mapper.setProtocol("openid-connect");
		mapper.setProtocolMapper("oidc-audience-mapper");
		mapper.setConfig(Map.of("included.custom.audience", TenantNames.audience(order.slug()), "access.token.claim",
				"true", "id.token.claim", "false", "introspection.token.claim", "true"));
		return mapper;
	}

	// the shop's name is not a person's name: it stays out of the user profile, whose
	// name validator would refuse "&", "<" and the like and hold the owner at "verify
	// profile"
	private static UserRepresentation owner(TenantOrder order) {
		OwnerPassword password = order.ownerPassword();
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setSecretData(password.secretData());
		credential.setCredentialData(password.credentialData());
		UserRepresentation owner = new UserRepresentation();
		owner.setUsername(order.ownerEmail());
		owner.setEmail(order.ownerEmail());
		owner.setEmailVerified(true);
		owner.setEnabled(true);
		owner.setRealmRoles(List.of("owner"));
		owner.setCredentials(List.of(credential));
		return owner;
	}

	/**
	 * Makes {@code frontendUrl} the realm's address for browsers: its login pages, the
	 * redirects and its tokens' issuer name it whatever address a request came in on. The
	 * gateway's {@code auth.<domain>} is such an address, where password attempts are
	 * counted per client address (docs/adr/0091).
	 */
	static void servedAt(RealmRepresentation realm, String frontendUrl) {
		Map<String, String> attributes = new HashMap<>(
				(realm.getAttributes() != null) ? realm.getAttributes() : Map.of());
		attributes.put(FRONTEND_URL, frontendUrl);
		realm.setAttributes(attributes);
	}

	private static void lockOutGuessers(RealmRepresentation realm) {
		realm.setBruteForceProtected(true);
		realm.setPermanentLockout(false);
		realm.setFailureFactor(FAILURES_BEFORE_LOCKOUT);
		realm.setWaitIncrementSeconds(60);
		realm.setMaxFailureWaitSeconds(15 * 60);
		realm.setMaxDeltaTimeSeconds(12 * 60 * 60);
		realm.setQuickLoginCheckMilliSeconds(1000L);
		realm.setMinimumQuickLoginWaitSeconds(60);
	}

}
