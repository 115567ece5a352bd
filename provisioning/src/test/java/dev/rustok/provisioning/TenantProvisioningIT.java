package dev.rustok.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.devservices.Database;
import dev.rustok.devservices.FreePorts;
import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.devservices.PostgresServer;
import dev.rustok.runtime.schema.TenantSchemaTemplate;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.rustok.provisioning.TenantRealms.StaffMember;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TenantProvisioningIT {

	private static final String PASSWORD = "correct horse battery";

	private static Database database;

	private static DataSource dataSource;

	private static HazelcastInstance hazelcast;

	private static KeycloakServer keycloak;

	private static TenantRealms realms;

	private static KeycloakTokens tokens;

	private static TenantProvisioning provisioning;

	// the shared Keycloak outlives the run: every realm a test made is deleted at the end
	private static final List<String> realmsMade = new ArrayList<>();

	@BeforeAll
	static void startServices() {
		database = PostgresServer.shared().createDatabase("provisioning");
		dataSource = database.dataSource();
		int port = FreePorts.next();
		hazelcast = PlatformCluster.start(
				ClusterSettings.onLoopback("provisioning-it-" + UUID.randomUUID(), port, List.of("127.0.0.1:" + port)));
		keycloak = KeycloakServer.shared();
		realms = new KeycloakTenantRealms(keycloak.baseUrl(), keycloak.adminUsername(), keycloak.adminPassword());
		tokens = new KeycloakTokens(keycloak);
		provisioning = new TenantProvisioning(dataSource, hazelcast, settings(keycloak.baseUrl()));
	}

	@AfterAll
	static void stopServices() {
		realmsMade.forEach(realms::delete);
		hazelcast.shutdown();
		database.drop();
	}

	@Test
	void provisionsATenantWhoseOwnerCanLogInAndWhoseShopIsRoutable() {
		TenantOrder order = anOrder();
		List<ProvisioningStep> steps = new ArrayList<>();

		TenantRoute route = provisioning.provision(order, steps::add);

		assertThat(steps).containsExactly(ProvisioningStep.values());
		assertThat(schemaExists(order.schema())).isTrue();
		assertThat(migrations(order.schema()).pending()).isEmpty();
		assertThat(migrations(order.schema()).applied()).isNotEmpty();
		assertThat(shopNameIn(order.schema())).containsExactly(order.shopName());
		assertThat(realms.realmRoles(order.realm())).contains("owner", "admin", "editor", "viewer", "customer");
		String origin = "http://" + order.slug() + ".localhost:8080";
		assertThat(client(order, "storefront")).satisfies((client) -> {
			assertThat(client.isPublicClient()).isTrue();
			assertThat(client.isStandardFlowEnabled()).isTrue();
			assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
			assertThat(client.getRedirectUris()).containsExactly(origin + "/auth/callback");
			assertThat(client.getWebOrigins()).containsExactly(origin);
			assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256")
				.containsEntry("post.logout.redirect.uris", origin + "/");
		});
		assertThat(client(order, "admin")).satisfies((client) -> {
			assertThat(client.isPublicClient()).isTrue();
			assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
			assertThat(client.getRedirectUris()).containsExactly(origin + "/admin/auth/callback");
			assertThat(client.getWebOrigins()).containsExactly(origin);
			assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
		});
		String token = logIn(order);
		assertThat(KeycloakTokens.realmRoles(token)).contains("owner");
		assertThat(KeycloakTokens.claims(token).path("iss").asString())
			.isEqualTo(keycloak.baseUrl() + "/realms/" + order.realm());
		assertThat(route).isEqualTo(new TenantRoute(order.slug() + ".localhost", order.slug(), TenantStatus.ACTIVE,
				"tenant-" + order.slug(), "trial", order.schema()));
		assertThat(TenantRouteMaps.byTenantId(hazelcast).get(order.slug())).isEqualTo(route);
		assertThat(TenantRouteMaps.byHost(hazelcast).get(route.host())).isEqualTo(route);
	}

	@Test
	void provisioningTheSameOrderTwiceEndsInTheSameState() {
		TenantOrder order = anOrder();
		TenantRoute first = provisioning.provision(order, ProvisioningProgress.none());
		int appliedAfterFirst = migrations(order.schema()).applied().length;

		List<ProvisioningStep> steps = new ArrayList<>();
		TenantRoute second = provisioning.provision(order, steps::add);

		assertThat(second).isEqualTo(first);
		assertThat(steps).containsExactly(ProvisioningStep.values());
		assertThat(migrations(order.schema()).applied()).hasSize(appliedAfterFirst);
		assertThat(shopNameIn(order.schema())).containsExactly(order.shopName());
		assertThat(realms.users(order.realm())).singleElement()
			.satisfies((user) -> assertThat(user.getUsername()).isEqualTo(order.ownerEmail()));
		assertThat(KeycloakTokens.realmRoles(logIn(order))).contains("owner");
		assertThat(TenantRouteMaps.byHost(hazelcast).get(first.host())).isEqualTo(first);
	}

	@Test
	void aTenantWhoseRealmCouldNotBeCreatedIsCompletedByRunningProvisioningAgain() {
		TenantOrder order = anOrder();
		TenantProvisioning withKeycloakDown = new TenantProvisioning(dataSource, hazelcast,
				settings("http://127.0.0.1:" + FreePorts.next()));
		List<ProvisioningStep> steps = new ArrayList<>();

		assertThatExceptionOfType(ProvisioningFailed.class)
			.isThrownBy(() -> withKeycloakDown.provision(order, steps::add))
			.satisfies((failure) -> assertThat(failure.step()).isEqualTo(ProvisioningStep.REALM))
			.withMessageContaining("Keycloak");
		assertThat(steps).containsExactly(ProvisioningStep.SCHEMA, ProvisioningStep.MIGRATIONS);
		assertThat(schemaExists(order.schema())).isTrue();
		assertThat(TenantRouteMaps.byTenantId(hazelcast).containsKey(order.slug())).isFalse();
		assertThat(TenantRouteMaps.byHost(hazelcast).containsKey(order.host("localhost"))).isFalse();

		TenantRoute route = provisioning.provision(order, ProvisioningProgress.none());

		assertThat(KeycloakTokens.realmRoles(logIn(order))).contains("owner");
		assertThat(TenantRouteMaps.byHost(hazelcast).get(route.host())).isEqualTo(route);
	}

	@Test
	void aTenantWhoseRouteWasLostIsRepublishedWithoutItsOwnerPassword() {
		TenantOrder order = anOrder();
		TenantRoute route = provisioning.provision(order, ProvisioningProgress.none());
		TenantRouteMaps.byTenantId(hazelcast).delete(order.slug());
		TenantRouteMaps.byHost(hazelcast).delete(route.host());
		TenantOrder withoutPassword = new TenantOrder(order.slug(), order.shopName(), order.ownerEmail(), null,
				order.plan());

		TenantRoute republished = provisioning.provision(withoutPassword, ProvisioningProgress.none());

		assertThat(republished).isEqualTo(route);
		assertThat(TenantRouteMaps.byHost(hazelcast).get(route.host())).isEqualTo(route);
		assertThat(KeycloakTokens.realmRoles(logIn(order))).contains("owner");
	}

	@Test
	void aTenantWithoutPasswordOrRealmFailsAtTheRealmStepAndIsNotRouted() {
		TenantOrder order = anOrder();
		TenantOrder withoutPassword = new TenantOrder(order.slug(), order.shopName(), order.ownerEmail(), null,
				order.plan());

		assertThatExceptionOfType(ProvisioningFailed.class)
			.isThrownBy(() -> provisioning.provision(withoutPassword, ProvisioningProgress.none()))
			.satisfies((failure) -> assertThat(failure.step()).isEqualTo(ProvisioningStep.REALM))
			.withMessageContaining("password");
		assertThat(TenantRouteMaps.byHost(hazelcast).containsKey(order.host("localhost"))).isFalse();
	}

	@Test
	void anAbandonedTenantLeavesNoRouteRealmOrSchemaAndAbandoningAgainSucceeds() {
		TenantOrder order = anOrder();
		TenantRoute route = provisioning.provision(order, ProvisioningProgress.none());

		provisioning.abandon(order);

		assertThat(TenantRouteMaps.byTenantId(hazelcast).containsKey(order.slug())).isFalse();
		assertThat(TenantRouteMaps.byHost(hazelcast).containsKey(route.host())).isFalse();
		assertThat(schemaExists(order.schema())).isFalse();
		assertThat(realms.exists(order.realm())).isFalse();
		provisioning.abandon(order);
		assertThat(schemaExists(order.schema())).isFalse();
	}

	@Test
	void aTenantThatFailedBeforeItsRealmCanBeAbandonedAndProvisionedAgainUnderTheSameSlug() {
		TenantOrder order = anOrder();
		TenantProvisioning withKeycloakDown = new TenantProvisioning(dataSource, hazelcast,
				settings("http://127.0.0.1:" + FreePorts.next()));
		assertThatExceptionOfType(ProvisioningFailed.class)
			.isThrownBy(() -> withKeycloakDown.provision(order, ProvisioningProgress.none()));

		provisioning.abandon(order);

		assertThat(schemaExists(order.schema())).isFalse();
		TenantRoute route = provisioning.provision(order, ProvisioningProgress.none());
		assertThat(TenantRouteMaps.byHost(hazelcast).get(route.host())).isEqualTo(route);
	}

	@Test
	void reportsTheDefaultShardAndTheLatestTenantMigrationAsTheSchemaVersion() {
		TenantOrder order = anOrder();
		List<String> reported = new ArrayList<>();

		provisioning.provision(order, new ProvisioningProgress() {
			@Override
			public void stepDone(ProvisioningStep step) {
			}

			@Override
			public void schemaMigrated(String shard, String schemaVersion) {
				reported.add(shard + "@" + schemaVersion);
			}
		});

		MigrationInfo[] shipped = migrations(order.schema()).all();
		String latest = shipped[shipped.length - 1].getVersion().getVersion();
		assertThat(reported).containsExactly(TenantRoute.DEFAULT_SHARD + "@" + latest);
	}

	@Test
	void placesATenantOnTheShardItIsGivenAndNamesThatShardInTheRoute() {
		Database secondShard = PostgresServer.shared().createDatabase("provisioning_shard");
		try {
			TenantOrder order = anOrder();
			TenantProvisioning onSecondShard = new TenantProvisioning("second", secondShard.dataSource(), hazelcast,
					settings(keycloak.baseUrl()), realms);

			TenantRoute route = onSecondShard.provision(order, ProvisioningProgress.none());

			assertThat(route.shard()).isEqualTo("second");
			assertThat(TenantRouteMaps.byTenantId(hazelcast).get(order.slug())).isEqualTo(route);
			assertThat(schemaExists(order.schema())).isFalse();
			assertThat(JdbcClient.create(secondShard.dataSource())
				.sql("select count(*) from information_schema.schemata where schema_name = ?")
				.param(order.schema())
				.query(Integer.class)
				.single()).isEqualTo(1);
			onSecondShard.abandon(order);
		}
		finally {
			secondShard.drop();
		}
	}

	@Test
	void aRealmMadeBeforeCustomerAccountsIsOpenedToSignUpAndOnlyNewAccountsAreCustomers() {
		TenantOrder order = anOrder();
		RealmRepresentation before = TenantRealm.of(order, List.of(order.host("localhost")), PublicAddress.DEV, true);
		before.setRegistrationAllowed(false);
		realms.importRealm(before);
		assertThat(realms.find(order.realm()).orElseThrow().isRegistrationAllowed()).isFalse();

		provisioning.provision(order, ProvisioningProgress.none());
		boolean changedAgain = provisioning.openCustomerSignUp(order.realm());

		assertThat(realms.find(order.realm()).orElseThrow().isRegistrationAllowed()).isTrue();
		assertThat(realms.find(order.realm()).orElseThrow().isRegistrationEmailAsUsername()).isTrue();
		assertThat(changedAgain).as("the upgrade is idempotent").isFalse();
		String shopper = "shopper@" + order.slug() + ".example";
		realms.createStaffMember(order.realm(), new StaffMember(shopper, PASSWORD, List.of()));
		assertThat(KeycloakTokens.realmRoles(tokens.devCliToken(order.realm(), shopper, PASSWORD)))
			.contains("customer");
		assertThat(KeycloakTokens.realmRoles(logIn(order))).contains("owner").doesNotContain("customer");
	}

	@Test
	void aRealmMadeTheOldWayIsBroughtUpToDateByTheUpgradeAndASecondUpgradeChangesNothing() {
		TenantOrder order = anOrder();
		RealmRepresentation old = TenantRealm.of(order, List.of(order.host("localhost")), PublicAddress.DEV, true);
		old.setRegistrationAllowed(false);
		realms.importRealm(old);
		String publicUrl = "http://auth.localhost:8080";
		TenantProvisioning withPublicUrl = new TenantProvisioning(dataSource, hazelcast,
				new ProvisioningSettings(keycloak.baseUrl(), keycloak.adminUsername(), keycloak.adminPassword(),
						"localhost", PublicAddress.DEV, true, publicUrl));

		RealmUpgrade first = withPublicUrl.upgradeRealm(order);
		RealmUpgrade second = withPublicUrl.upgradeRealm(order);

		assertThat(first.signUpOpened()).isTrue();
		assertThat(first.servedAtPublicUrl()).isTrue();
		assertThat(second.changed()).as("an upgraded realm is left as it is: %s", second).isFalse();
		RealmRepresentation upgraded = realms.find(order.realm()).orElseThrow();
		assertThat(upgraded.isRegistrationAllowed()).isTrue();
		assertThat(upgraded.getAttributes()).containsEntry("frontendUrl", publicUrl);
		assertThat(KeycloakTokens.claims(logIn(order)).path("iss").asString())
			.isEqualTo(publicUrl + "/realms/" + order.realm());
	}

	@Test
	void upgradingARealmThatIsGoneFailsNamingIt() {
		TenantOrder order = anOrder();

		assertThatExceptionOfType(ProvisioningFailed.class).isThrownBy(() -> provisioning.upgradeRealm(order))
			.withMessageContaining(order.realm())
			.satisfies((failure) -> assertThat(failure.step()).isEqualTo(ProvisioningStep.REALM));
		assertThat(realms.exists(order.realm())).isFalse();
	}

	@Test
	void theDevPasswordGrantClientExistsOnlyWhenProvisioningIsToldSo() {
		TenantOrder order = anOrder();
		TenantProvisioning production = new TenantProvisioning(dataSource, hazelcast, new ProvisioningSettings(
				keycloak.baseUrl(), keycloak.adminUsername(), keycloak.adminPassword(), "localhost"));

		production.provision(order, ProvisioningProgress.none());

		assertThat(realms.clients(order.realm())).extracting(ClientRepresentation::getClientId)
			.contains("storefront", "admin")
			.doesNotContain(KeycloakTokens.DEV_CLI_CLIENT);
		assertThat(
				tokens.passwordGrantAnswer(order.realm(), KeycloakTokens.DEV_CLI_CLIENT, order.ownerEmail(), PASSWORD)
					.status())
			.isNotEqualTo(200);
	}

	private static ClientRepresentation client(TenantOrder order, String clientId) {
		return realms.clients(order.realm())
			.stream()
			.filter((client) -> client.getClientId().equals(clientId))
			.findFirst()
			.orElseThrow();
	}

	private static String logIn(TenantOrder order) {
		return tokens.devCliToken(order.realm(), order.ownerEmail(), PASSWORD);
	}

	private static TenantOrder anOrder() {
		String slug = "shop-" + UUID.randomUUID().toString().substring(0, 8);
		realmsMade.add("tenant-" + slug);
		return new TenantOrder(slug, "Shop " + slug, "owner@" + slug + ".example",
				OwnerPassword.hash(PASSWORD.toCharArray()), "trial");
	}

	private static ProvisioningSettings settings(String keycloakUrl) {
		return new ProvisioningSettings(keycloakUrl, keycloak.adminUsername(), keycloak.adminPassword(), "localhost")
			.withDevPasswordGrantClient();
	}

	private static boolean schemaExists(String schema) {
		return JdbcClient.create(dataSource)
			.sql("select count(*) from information_schema.schemata where schema_name = ?")
			.param(schema)
			.query(Integer.class)
			.single() == 1;
	}

	private static MigrationInfoService migrations(String schema) {
		return Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.locations(TenantSchemaTemplate.MIGRATIONS_LOCATION)
			.load()
			.info();
	}

	private static List<String> shopNameIn(String schema) {
		return JdbcClient.create(dataSource)
			.sql("select shop_name from " + TenantSchemas.quoted(schema) + ".store_settings")
			.query(String.class)
			.list();
	}

}
