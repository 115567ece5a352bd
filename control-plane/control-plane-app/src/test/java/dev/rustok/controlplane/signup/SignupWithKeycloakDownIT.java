package dev.rustok.controlplane.signup;

import java.time.Duration;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.ControlPlaneServices;
import dev.rustok.controlplane.PortalApi;
import dev.rustok.controlplane.PortalApi.Answer;
import dev.rustok.controlplane.api.TenantRouteMaps;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignupWithKeycloakDownIT {

	private static final ControlPlaneServices services = new ControlPlaneServices();

	@LocalServerPort
	int port;

	@Autowired
	HazelcastInstance hazelcast;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.registerWithKeycloakDown(properties);
		properties.add("rustok.provisioning.retry.max-attempts", () -> 3);
		properties.add("rustok.provisioning.retry.initial-interval", () -> "100ms");
	}

	@AfterAll
	static void dropDatabase() {
		services.database().drop();
	}

	@Test
	void aSignupThatCannotReachKeycloakIsRetriedThenFailsWithAReasonCodeAndIsNeverRouted() {
		PortalApi api = new PortalApi(this.port);
		String slug = ControlPlaneServices.aSlug();

		assertThat(api.signUp("Acme", slug, "jo@" + slug + ".example", "correct-horse-battery-9").status())
			.isEqualTo(202);

		Answer failed = await().atMost(Duration.ofMinutes(1))
			.until(() -> api.get("/api/signup/" + slug), (status) -> "FAILED".equals(status.json().get("status")));
		assertThat(failed.json()).containsEntry("failureCode", "keycloak-unavailable")
			.doesNotContainKey("storefrontUrl")
			.doesNotContainKey("nextAttemptAt");
		assertThat((String) failed.json().get("failureReason")).contains("could not reach");
		assertThat(failed.body()).as("no internal address, protocol or exception in the public status")
			.doesNotContain("127.0.0.1", "http://", "Keycloak at", "Exception", "HTTP ");
		assertThat(this.jdbc.sql("select attempts from control.tenant where slug = ?")
			.param(slug)
			.query(Integer.class)
			.single()).as("attempts made before giving up").isEqualTo(3);
		Answer page = api.get("/signup/" + slug);
		assertThat(page.body()).contains("Your shop could not be created", "data-code=\"keycloak-unavailable\"")
			.doesNotContain("127.0.0.1", "http-equiv=\"refresh\"");
		assertThat(failed.steps()).extracting((step) -> step.get("name"), (step) -> step.get("done"))
			.containsExactly(tuple("SCHEMA", true), tuple("MIGRATIONS", true), tuple("REALM", false),
					tuple("ROUTE", false));
		assertThat(TenantRouteMaps.byHost(this.hazelcast).containsKey(slug + ".localhost")).isFalse();
		assertThat(TenantRouteMaps.byTenantId(this.hazelcast).containsKey(slug)).isFalse();
	}

}
