package dev.rustok.controlplane.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.rustok.controlplane.api.RealmRolesClaim;
import dev.rustok.provisioning.KeycloakUserProfile;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The Keycloak realm of the platform admins: the console's login client, the
 * {@value #ADMIN_ROLE} role and the bootstrap admin in one document, so a realm that
 * exists is a complete one.
 */
final class PlatformRealm {

	static final String ADMIN_ROLE = "platform-admin";

	static final String CONSOLE_CLIENT = "console";

	private PlatformRealm() {
	}

	/**
	 * The realm attribute that makes an address the realm's address for browsers and its
	 * tokens' issuer, as for shop realms (docs/adr/0091, 0106).
	 */
	static final String FRONTEND_URL = "frontendUrl";

	static RealmRepresentation of(ConsoleProperties console, String redirectUri, Optional<String> frontendUrl) {
		RealmRepresentation realm = new RealmRepresentation();
		frontendUrl.ifPresent((address) -> realm.setAttributes(Map.of(FRONTEND_URL, address)));
		realm.setRealm(console.realm());
		realm.setDisplayName("RusToK platform");
		realm.setEnabled(true);
		RoleRepresentation admin = new RoleRepresentation();
		admin.setName(ADMIN_ROLE);
		admin.setDescription("Runs the platform: sees every tenant");
		RolesRepresentation roles = new RolesRepresentation();
		roles.setRealm(List.of(admin));
		realm.setRoles(roles);
		realm.setClients(List.of(consoleClient(redirectUri)));
		realm.setUsers(List.of(bootstrapAdmin(console)));
		// the console is the keys to every shop: guessing its admin's password locks the
		// account for a while, as in tenant realms
		realm.setBruteForceProtected(true);
		realm.setPermanentLockout(false);
		realm.setFailureFactor(5);
		realm.setWaitIncrementSeconds(60);
		realm.setMaxFailureWaitSeconds(15 * 60);
		realm.setComponents(KeycloakUserProfile.namesOptional());
		return realm;
	}

	// public: the console's login runs in the browser with PKCE, so there is no client
	// secret to keep; no password grant, the console only signs in through the browser
	private static ClientRepresentation consoleClient(String redirectUri) {
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(CONSOLE_CLIENT);
		client.setName("Platform console");
		client.setPublicClient(true);
		client.setStandardFlowEnabled(true);
		client.setImplicitFlowEnabled(false);
		client.setDirectAccessGrantsEnabled(false);
		client.setRedirectUris(List.of(redirectUri));
		client.setAttributes(Map.of("pkce.code.challenge.method", "S256"));
		client.setProtocolMappers(List.of(realmRolesInIdToken()));
		return client;
	}

	// Keycloak puts realm roles in the access token only; the console decides from the ID
	// token, which it verifies itself
	private static ProtocolMapperRepresentation realmRolesInIdToken() {
		ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
		mapper.setName("realm roles in the ID token");
		mapper.setProtocol("openid-connect");
		mapper.setProtocolMapper("oidc-usermodel-realm-role-mapper");
		mapper.setConfig(Map.of("claim.name", RealmRolesClaim.PATH, "jsonType.label", "String", "multivalued", "true",
				"id.token.claim", "true", "access.token.claim", "true", "userinfo.token.claim", "false"));
		return mapper;
	}

	private static UserRepresentation bootstrapAdmin(ConsoleProperties console) {
		CredentialRepresentation password = new CredentialRepresentation();
		password.setType(CredentialRepresentation.PASSWORD);
		password.setValue(console.bootstrapAdminPassword());
		password.setTemporary(false);
		UserRepresentation user = new UserRepresentation();
		user.setUsername(console.bootstrapAdminEmail());
		user.setEmail(console.bootstrapAdminEmail());
		user.setEmailVerified(true);
		user.setEnabled(true);
		user.setFirstName("Platform");
		user.setLastName("Admin");
		user.setRealmRoles(List.of(ADMIN_ROLE));
		user.setCredentials(List.of(password));
		return user;
	}

}
