package dev.rustok.controlplane.provisioning;

import java.time.Duration;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.ControlPlaneServices;
import dev.rustok.controlplane.OwnerLogin;
import dev.rustok.controlplane.PortalApi;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.devservices.Database;
import dev.rustok.provisioning.OwnerPassword;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A control plane starting on a registry that a previous process left behind: a tenant
 * stopped half way, and active and suspended tenants whose routes a full cluster restart
 * wiped out.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StartupRecoveryIT {

	private static final ControlPlaneServices services = new ControlPlaneServices();

	private static final String PASSWORD = "left behind secret";

	private static final String unfinished = ControlPlaneServices.aSlug();

	private static final String active = ControlPlaneServices.aSlug();

	private static final String suspended = ControlPlaneServices.aSlug();

	@LocalServerPort
	int port;

	@Autowired
	HazelcastInstance hazelcast;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.register(properties);
		leaveRegistryBehind(services.database());
	}

	@AfterAll
	static void dropDatabase() {
		services.database().drop();
	}

	@Test
	void finishesTheTenantLeftProvisioningSoItsOwnerCanLogIn() {
		PortalApi api = new PortalApi(this.port);

		await().atMost(Duration.ofMinutes(1))
			.until(() -> api.get("/api/signup/" + unfinished).json().get("status"), "ACTIVE"::equals);

		assertThat(TenantRouteMaps.byHost(this.hazelcast).get(unfinished + ".localhost"))
			.extracting(TenantRoute::status)
			.isEqualTo(TenantStatus.ACTIVE);
		assertThat(OwnerLogin.realmRoles(unfinished, "owner@" + unfinished + ".example", PASSWORD)).contains("owner");
	}

	@Test
	void republishesTheRoutesOfActiveAndSuspendedTenants() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> TenantRouteMaps.byHost(this.hazelcast).containsKey(suspended + ".localhost"));

		assertThat(TenantRouteMaps.byHost(this.hazelcast).get(active + ".localhost")).isEqualTo(new TenantRoute(
				active + ".localhost", active, TenantStatus.ACTIVE, "tenant-" + active, "trial", schema(active)));
		assertThat(TenantRouteMaps.byTenantId(this.hazelcast).get(suspended))
			.isEqualTo(new TenantRoute(suspended + ".localhost", suspended, TenantStatus.SUSPENDED,
					"tenant-" + suspended, "trial", schema(suspended)));
	}

	private static void leaveRegistryBehind(Database database) {
		Flyway.configure()
			.dataSource(database.dataSource())
			.schemas("control")
			.locations("classpath:db/control")
			.load()
			.migrate();
		JdbcClient jdbc = JdbcClient.create(database.dataSource());
		OwnerPassword password = OwnerPassword.hash(PASSWORD.toCharArray());
		jdbc.sql("""
				insert into control.tenant (slug, shop_name, owner_email, owner_password_secret,
					owner_password_credential, plan, status, last_completed_step)
				values (?, 'Unfinished', ?, ?, ?, 'trial', 'PROVISIONING', 'SCHEMA')""")
			.params(unfinished, "owner@" + unfinished + ".example", password.secretData(), password.credentialData())
			.update();
		for (String slug : new String[] { active, suspended }) {
			jdbc.sql("""
					insert into control.tenant (slug, shop_name, owner_email, plan, status, last_completed_step)
					values (?, 'Earlier shop', ?, 'trial', ?, 'ROUTE')""")
				.params(slug, "owner@" + slug + ".example", slug.equals(active) ? "ACTIVE" : "SUSPENDED")
				.update();
		}
	}

	private static String schema(String slug) {
		return "t_" + slug.replace('-', '_');
	}

}
