package dev.rustok.runtime.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The master-realm client through which this runtime manages shop staff (docs/adr/0078),
 * {@code rustok.staff.*}.
 *
 * @param keycloakClientId its client id, the one provisioning grants shop realms to
 * @param keycloakClientSecret its secret, from the environment
 * ({@code RUSTOK_STAFF_KEYCLOAK_CLIENT_SECRET}) or a secrets file, never committed; a
 * production start refuses to run without it ({@code tenancy.RequiredSecrets})
 */
@ConfigurationProperties("rustok.staff")
record StaffProperties(@DefaultValue("rustok-staff-admin") String keycloakClientId, String keycloakClientSecret) {

	@Override
	public String toString() {
		return "StaffProperties[keycloakClientId=" + this.keycloakClientId + "]";
	}

}
