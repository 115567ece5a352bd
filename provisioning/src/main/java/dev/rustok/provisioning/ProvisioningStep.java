package dev.rustok.provisioning;

/** The provisioning steps, in the order they run. */
public enum ProvisioningStep {

	/** The tenant's PostgreSQL schema exists. */
	SCHEMA,
	/** The tenant migrations have run in that schema. */
	MIGRATIONS,
	/** The tenant's Keycloak realm exists with its clients, roles and owner. */
	REALM,
	/** The tenant route is published, so the gateway serves the shop. */
	ROUTE

}
