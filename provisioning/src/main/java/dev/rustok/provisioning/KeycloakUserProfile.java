package dev.rustok.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ComponentExportRepresentation;

/**
 * The user profile of the platform's realms: Keycloak's default, except that first and
 * last name are optional. The default requires both of every user, so a user created
 * without them (a shop owner, whose shop name is no person's name) is held at "verify
 * profile" and refused the password grant with {@code Account is not fully set up}.
 */
public final class KeycloakUserProfile {

	private static final String PROVIDER = "org.keycloak.userprofile.UserProfileProvider";

	private static final String CONFIG = read("user-profile-names-optional.json");

	private KeycloakUserProfile() {
	}

	/**
	 * The realm components ({@code RealmRepresentation.setComponents}) that install this
	 * profile as part of a realm import.
	 */
	public static MultivaluedHashMap<String, ComponentExportRepresentation> namesOptional() {
		ComponentExportRepresentation profile = new ComponentExportRepresentation();
		profile.setProviderId("declarative-user-profile");
		MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
		config.putSingle("kc.user.profile.config", CONFIG);
		profile.setConfig(config);
		MultivaluedHashMap<String, ComponentExportRepresentation> components = new MultivaluedHashMap<>();
		components.putSingle(PROVIDER, profile);
		return components;
	}

	private static String read(String resource) {
		try (InputStream json = KeycloakUserProfile.class.getResourceAsStream(resource)) {
			return new String(json.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
