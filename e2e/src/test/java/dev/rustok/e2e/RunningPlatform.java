package dev.rustok.e2e;

import java.nio.file.Path;
import java.util.UUID;

import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.Platform;
import dev.rustok.devservices.PlatformClient;
import dev.rustok.devservices.PlatformPorts;
import dev.rustok.devservices.PlatformSpec;
import dev.rustok.devservices.PostgresServer;
import dev.rustok.devservices.StartProgress;
import dev.rustok.provisioning.KeycloakTenantRealms;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole platform (gateway, control plane, two runtime nodes on free ports, with the
 * run's PostgreSQL and Keycloak) and one Chromium, started once for every journey of the
 * run and stopped when the run ends. Journeys share it safely because each works with
 * shops of its own random slugs. Register it in a journey with
 * {@code @RegisterExtension static final RunningPlatform platform = new RunningPlatform();}.
 */
final class RunningPlatform implements BeforeAllCallback {

	/** The storefront requests per minute a shop on the basic plan gets in this run. */
	static final int BASIC_PLAN_REQUESTS_PER_MINUTE = 3;

	private Started started;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.started = context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(Started.class, (key) -> Started.start(), Started.class);
	}

	PlatformSpec spec() {
		return started().platform.spec();
	}

	Platform platform() {
		return started().platform;
	}

	PlatformClient client() {
		return started().client;
	}

	Browser browser() {
		return started().browser;
	}

	private Started started() {
		if (this.started == null) {
			throw new IllegalStateException("the platform starts before a journey's tests: register RunningPlatform"
					+ " with @RegisterExtension on a static field");
		}
		return this.started;
	}

	/** Closed by JUnit at the end of the run, with the root store that holds it. */
	private record Started(Platform platform, PlatformClient client, Browser browser) implements AutoCloseable {

		static Started start() {
			String run = UUID.randomUUID().toString().substring(0, 8);
			PlatformSpec spec = new PlatformSpec(Path.of("").toAbsolutePath().getParent(),
					PostgresServer.shared().createDatabase("e2e"), KeycloakServer.shared(), PlatformPorts.free(2),
					"e2e-" + run, "e2e-secret-" + UUID.randomUUID(), "localhost", Path.of("target/e2e-logs"))
				// the basic plan is tiny in this run, so a browser reaches a shop's limit
				// in a
				// few pages (ShopperReachesTheLimitJourneyIT); shops start on trial and
				// no
				// other journey moves one to basic
				.withGatewaySetting("rustok.billing.plans.basic.storefront-requests-per-minute",
						String.valueOf(BASIC_PLAN_REQUESTS_PER_MINUTE))
				.withGatewaySetting("rustok.billing.plans.basic.burst-per-second",
						String.valueOf(BASIC_PLAN_REQUESTS_PER_MINUTE))
				// a platform realm of this run's own: its frontend URL is this run's auth
				// host (docs/adr/0106), which must not move another platform's realm on
				// the shared Keycloak
				.withConsoleRealm("platform-e2e-" + run);
			Platform platform = Platform.start(spec, new StartProgress(System.out, 4));
			try {
				return new Started(platform, new PlatformClient(spec), new Browser());
			}
			catch (RuntimeException ex) {
				platform.close();
				spec.database().drop();
				throw ex;
			}
		}

		@Override
		public void close() {
			try {
				this.browser.close();
			}
			finally {
				this.platform.close();
				this.platform.spec().database().drop();
				deleteConsoleRealm(this.platform.spec());
			}
		}

		private static void deleteConsoleRealm(PlatformSpec spec) {
			try (KeycloakTenantRealms realms = new KeycloakTenantRealms(spec.keycloak().baseUrl(),
					spec.keycloak().adminUsername(), spec.keycloak().adminPassword())) {
				realms.delete(spec.consoleRealm());
			}
		}

	}

}
