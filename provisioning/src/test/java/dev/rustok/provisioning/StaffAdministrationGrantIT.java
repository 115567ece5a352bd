package dev.rustok.provisioning;

import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.devservices.Database;
import dev.rustok.devservices.FreePorts;
import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.PostgresServer;
import dev.rustok.devservices.StaffAdminClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.representations.idm.RoleRepresentation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provisioning lets the runtimes' staff client manage the users of each new shop realm,
 * with the user roles of docs/adr/0078 and no others, and grants them again when it runs
 * again for a realm that lacks them (one created before the client existed).
 */
class StaffAdministrationGrantIT {

	private static Database database;

	private static HazelcastInstance hazelcast;

	private static KeycloakServer keycloak;

	private static KeycloakTenantRealms realms;

	private static Keycloak admin;

	private static String realmMade;

	@BeforeAll
	static void startServices() {
		database = PostgresServer.shared().createDatabase("staffgrant");
		int port = FreePorts.next();
		hazelcast = PlatformCluster.start(
				ClusterSettings.onLoopback("staff-grant-it-" + UUID.randomUUID(), port, List.of("127.0.0.1:" + port)));
		keycloak = KeycloakServer.shared();
		new StaffAdminClient(keycloak).ensureAndReadSecret();
		realms = new KeycloakTenantRealms(keycloak.baseUrl(), keycloak.adminUsername(), keycloak.adminPassword());
		admin = KeycloakBuilder.builder()
			.serverUrl(keycloak.baseUrl())
			.realm("master")
			.clientId("admin-cli")
			.username(keycloak.adminUsername())
			.password(keycloak.adminPassword())
			.build();
	}

	@AfterAll
	static void stopServices() {
		if (realmMade != null) {
			realms.delete(realmMade);
		}
		admin.close();
		realms.close();
		hazelcast.shutdown();
		database.drop();
	}

	@Test
	void grantsTheStaffClientOnlyTheNewRealmsUserRolesAndGrantsThemAgainWhenRunAgain() {
		String slug = "staff-" + UUID.randomUUID().toString().substring(0, 8);
		TenantOrder order = new TenantOrder(slug, "Shop " + slug, "owner@" + slug + ".example",
				OwnerPassword.hash("correct horse battery".toCharArray()), "basic");
		realmMade = order.realm();
		TenantProvisioning provisioning = new TenantProvisioning(database.dataSource(), hazelcast,
				new ProvisioningSettings(keycloak.baseUrl(), keycloak.adminUsername(), keycloak.adminPassword(),
						"localhost"),
				realms);

		provisioning.provision(order, ProvisioningProgress.none());

		assertThat(grantedOn(order.realm()).listAll()).extracting(RoleRepresentation::getName)
			.containsExactlyInAnyOrder("manage-users", "view-users", "query-users", "view-realm");

		grantedOn(order.realm()).remove(grantedOn(order.realm()).listAll());
		assertThat(grantedOn(order.realm()).listAll()).isEmpty();
		provisioning.provision(order, ProvisioningProgress.none());

		assertThat(grantedOn(order.realm()).listAll()).extracting(RoleRepresentation::getName)
			.containsExactlyInAnyOrder("manage-users", "view-users", "query-users", "view-realm");
	}

	// the staff client's account's roles of the realm's management client in master
	private static RoleScopeResource grantedOn(String realm) {
		RealmResource master = admin.realm("master");
		String account = master.clients()
			.get(master.clients().findByClientId(StaffAdminClient.CLIENT_ID).get(0).getId())
			.getServiceAccountUser()
			.getId();
		String management = master.clients().findByClientId(realm + "-realm").get(0).getId();
		return master.users().get(account).roles().clientLevel(management);
	}

}
