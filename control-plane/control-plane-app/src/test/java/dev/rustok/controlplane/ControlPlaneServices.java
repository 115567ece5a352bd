package dev.rustok.controlplane;

import java.util.UUID;

import dev.rustok.devservices.Database;
import dev.rustok.devservices.FreePorts;
import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.PostgresServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real services for one control plane under test: its own database and Hazelcast cluster,
 * the run's shared Keycloak (tenant slugs are random because Keycloak outlives a run).
 */
public final class ControlPlaneServices {

	private final Database database = PostgresServer.shared().createDatabase("controlplane");

	private final int clusterPort = FreePorts.next();

	private final String clusterName = "control-plane-it-" + UUID.randomUUID();

	public Database database() {
		return this.database;
	}

	/** Points the control plane at the run's shared Keycloak. */
	public void register(DynamicPropertyRegistry properties) {
		KeycloakServer keycloak = KeycloakServer.shared();
		register(properties, keycloak.baseUrl(), keycloak.adminUsername(), keycloak.adminPassword());
	}

	/**
	 * Points the control plane at the run's shared Keycloak through a switch that a test
	 * turns off and on.
	 */
	public void registerBehind(KeycloakSwitch keycloakSwitch, DynamicPropertyRegistry properties) {
		KeycloakServer keycloak = KeycloakServer.shared();
		register(properties, keycloakSwitch.url(), keycloak.adminUsername(), keycloak.adminPassword());
	}

	/** Points the control plane at a Keycloak that never answers. */
	public void registerWithKeycloakDown(DynamicPropertyRegistry properties) {
		register(properties, "http://127.0.0.1:" + FreePorts.next(), "admin", "admin");
	}

	private void register(DynamicPropertyRegistry properties, String keycloakUrl, String adminUsername,
			String adminPassword) {
		properties.add("spring.datasource.url", this.database::jdbcUrl);
		properties.add("spring.datasource.username", this.database::username);
		properties.add("spring.datasource.password", this.database::password);
		properties.add("rustok.keycloak.url", () -> keycloakUrl);
		properties.add("rustok.keycloak.admin-username", () -> adminUsername);
		properties.add("rustok.keycloak.admin-password", () -> adminPassword);
		properties.add("rustok.keycloak.dev-password-grant-client", () -> true);
		properties.add("rustok.cluster.name", () -> this.clusterName);
		properties.add("rustok.cluster.port", () -> this.clusterPort);
		properties.add("rustok.cluster.members", () -> "127.0.0.1:" + this.clusterPort);
		properties.add("rustok.platform.domain", () -> "localhost");
		properties.add("rustok.platform.public-url-port", () -> 8080);
	}

	public static String aSlug() {
		return "shop-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
