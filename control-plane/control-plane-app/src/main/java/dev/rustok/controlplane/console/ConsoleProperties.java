package dev.rustok.controlplane.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.console.*}: the platform admins' Keycloak realm and the admin it starts
 * with. The bootstrap admin is created with the realm only; changing these settings later
 * changes nothing in an existing realm.
 *
 * @param realm the Keycloak realm of platform admins
 * @param bootstrapAdminEmail the first platform admin's login (and email)
 * @param bootstrapAdminPassword the first platform admin's password, from the environment
 * or a file; its committed value lives in application-dev.properties only
 */
@ConfigurationProperties("rustok.console")
public record ConsoleProperties(@DefaultValue("platform") String realm,
		@DefaultValue("admin@platform.example") String bootstrapAdminEmail, String bootstrapAdminPassword) {

	@Override
	public String toString() {
		return "ConsoleProperties[realm=" + this.realm + ", bootstrapAdminEmail=" + this.bootstrapAdminEmail + "]";
	}

}
