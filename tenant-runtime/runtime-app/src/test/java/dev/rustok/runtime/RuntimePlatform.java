package dev.rustok.runtime;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.devservices.Database;
import dev.rustok.devservices.FreePorts;
import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.devservices.PostgresServer;
import dev.rustok.devservices.StaffAdminClient;
import dev.rustok.provisioning.OwnerPassword;
import dev.rustok.provisioning.ProvisioningProgress;
import dev.rustok.provisioning.ProvisioningSettings;
import dev.rustok.provisioning.TenantOrder;
import dev.rustok.provisioning.TenantProvisioning;
import dev.rustok.runtime.webhooks.SelfSignedCertificate;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real services one test JVM shares: a fresh database, the shared Keycloak, a
 * one-member Hazelcast cluster of its own, and shops provisioned once through the real
 * provisioning facade.
 */
final class RuntimePlatform {

	static final String GATEWAY_SECRET = "runtime-it-secret-" + UUID.randomUUID();

	static final String OWNER_PASSWORD = "owner-pass-" + UUID.randomUUID();

	static final Database DATABASE = PostgresServer.shared().createDatabase("runtime");

	static final KeycloakServer KEYCLOAK = KeycloakServer.shared();

	/**
	 * The secret of master's staff client (docs/adr/0078), created before any shop, so
	 * provisioning grants every shop's realm to it.
	 */
	static final String STAFF_CLIENT_SECRET = new StaffAdminClient(KEYCLOAK).ensureAndReadSecret();

	static final int CLUSTER_PORT = FreePorts.next();

	private static final int MANAGEMENT_PORT = FreePorts.next();

	private static final String CLUSTER_NAME = "runtime-it-" + UUID.randomUUID();

	private static final Map<String, Shop> SHOPS = new ConcurrentHashMap<>();

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Map<String, OwnerToken> OWNER_TOKENS = new ConcurrentHashMap<>();

	private record OwnerToken(String token, java.time.Instant fetched) {

	}

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::drop));
	}

	private RuntimePlatform() {
	}

	/**
	 * The properties of a node whose settings differ from the shared context's: another
	 * application context in this JVM, which joins the tests' cluster as a member of its
	 * own, on its own cluster and management ports.
	 */
	static void anotherNode(DynamicPropertyRegistry registry, int clusterPort, int managementPort) {
		properties(registry);
		registry.add("rustok.cluster.port", () -> clusterPort);
		registry.add("rustok.cluster.members", () -> "127.0.0.1:" + CLUSTER_PORT + ",127.0.0.1:" + clusterPort);
		registry.add("management.server.port", () -> managementPort);
	}

	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", DATABASE::jdbcUrl);
		registry.add("spring.datasource.username", DATABASE::username);
		registry.add("spring.datasource.password", DATABASE::password);
		registry.add("rustok.cluster.name", () -> CLUSTER_NAME);
		registry.add("rustok.cluster.port", () -> CLUSTER_PORT);
		registry.add("rustok.cluster.members", () -> "127.0.0.1:" + CLUSTER_PORT);
		registry.add("rustok.gateway.secret", () -> GATEWAY_SECRET);
		registry.add("rustok.keycloak.url", KEYCLOAK::baseUrl);
		registry.add("rustok.staff.keycloak-client-secret", () -> STAFF_CLIENT_SECRET);
		registry.add("management.server.port", () -> MANAGEMENT_PORT);
		// shops are on enterprise (no test reaches its quota by accident) but for the
		// quota test's, on basic with room for a few products
		registry.add("rustok.billing.plans.basic.products-allowed", () -> BASIC_PRODUCTS_ALLOWED);
		registry.add("rustok.billing.plans.basic.staff-accounts", () -> BASIC_STAFF_ACCOUNTS);
		// a poison event reaches the dead letters in well under a second
		registry.add("rustok.outbox.first-retry", () -> "PT0.02S");
		registry.add("rustok.outbox.max-retry", () -> "PT0.1S");
		webhooks(registry);
		// a key retired by a rotation, still opening what it sealed
		// (WebhookSecretsAtRestIT)
		registry.add("rustok.webhooks.previous-encryption-keys", () -> PREVIOUS_WEBHOOK_KEY);
		// most tests write catalogue rows straight into the schema, past the events that
		// retire cached answers: they read the read model itself (CachedStorefrontIT the
		// cache)
		registry.add("rustok.storefront.cache.enabled", () -> "false");
	}

	// webhooks go to the tests' loopback receivers, over HTTPS with a certificate made
	// for
	// this JVM, retried and given up on within a second or two (WebhooksIT)
	private static void webhooks(DynamicPropertyRegistry registry) {
		webhookProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/** The same, for another node: {@code --name=value} arguments. */
	static List<String> webhookArguments() {
		return webhookProperties().entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toList();
	}

	private static Map<String, String> webhookProperties() {
		return Map.of("rustok.webhooks.allow-local-targets", "true", "rustok.webhooks.trust-store",
				SelfSignedCertificate.trustStore().toString(), "rustok.webhooks.trust-store-password",
				SelfSignedCertificate.PASSWORD, "rustok.webhooks.poll-interval", "PT0.1S",
				"rustok.webhooks.first-retry", "PT0.2S", "rustok.webhooks.max-retry", "PT0.4S",
				"rustok.webhooks.timeout", "PT1S", "rustok.webhooks.lease", "PT5S", "rustok.webhooks.disable-after",
				String.valueOf(WEBHOOK_DISABLE_AFTER), "rustok.webhooks.sweep-interval", "PT1S");
	}

	/**
	 * The webhook encryption key before the current one (application-dev's), as
	 * {@code <id>:<secret>}.
	 */
	static final String PREVIOUS_WEBHOOK_KEY = "old:previous-webhook-key-" + UUID.randomUUID();

	/** Failed calls in a row after which a test's endpoint is disabled. */
	static final int WEBHOOK_DISABLE_AFTER = 4;

	/**
	 * The properties of another runtime node of this test JVM's platform, as command-line
	 * arguments for a child JVM: the same database, secret and Keycloak, joining this
	 * JVM's Hazelcast cluster (so it resolves the same shops).
	 */
	static List<String> nodeArguments(int port, int managementPort, int clusterPort) {
		return List.of("--spring.datasource.url=" + DATABASE.jdbcUrl(),
				"--spring.datasource.username=" + DATABASE.username(),
				"--spring.datasource.password=" + DATABASE.password(), "--rustok.cluster.name=" + CLUSTER_NAME,
				"--rustok.cluster.port=" + clusterPort,
				"--rustok.cluster.members=127.0.0.1:" + CLUSTER_PORT + ",127.0.0.1:" + clusterPort,
				"--rustok.gateway.secret=" + GATEWAY_SECRET, "--rustok.keycloak.url=" + KEYCLOAK.baseUrl(),
				"--server.port=" + port, "--management.server.port=" + managementPort);
	}

	/**
	 * The same for a child JVM's command line, without its secrets: those go in its
	 * environment ({@link #childNodeSecrets()}), where {@code ps} does not show them.
	 */
	static List<String> childNodeArguments(int port, int managementPort, int clusterPort) {
		return nodeArguments(port, managementPort, clusterPort).stream()
			.filter((argument) -> !argument.startsWith("--spring.datasource.password=")
					&& !argument.startsWith("--rustok.gateway.secret="))
			.toList();
	}

	/** A child JVM's secrets, as environment variables. */
	static Map<String, String> childNodeSecrets() {
		return Map.of("SPRING_DATASOURCE_PASSWORD", DATABASE.password(), "RUSTOK_GATEWAY_SECRET", GATEWAY_SECRET);
	}

	/** The products a shop on the basic plan may have in these tests. */
	static final int BASIC_PRODUCTS_ALLOWED = 3;

	/** The staff a shop on the basic plan may have besides its owner in these tests. */
	static final int BASIC_STAFF_ACCOUNTS = 2;

	/**
	 * The shop known by {@code key} in this JVM, provisioned on first use under a fresh
	 * slug (the Keycloak may outlive the run).
	 */
	static Shop shop(String key, HazelcastInstance hazelcast) {
		return shop(key, hazelcast, "enterprise");
	}

	/** The shop known by {@code key}, provisioned on this plan on first use. */
	static Shop shop(String key, HazelcastInstance hazelcast, String plan) {
		return SHOPS.computeIfAbsent(key, (name) -> provision(name, hazelcast, plan));
	}

	private static Shop provision(String name, HazelcastInstance hazelcast, String plan) {
		String slug = name + "-" + randomSuffix();
		String email = "owner@" + slug + ".example";
		TenantProvisioning provisioning = new TenantProvisioning(DATABASE.dataSource(), hazelcast,
				new ProvisioningSettings(KEYCLOAK.baseUrl(), KEYCLOAK.adminUsername(), KEYCLOAK.adminPassword(),
						"localhost")
					.withDevPasswordGrantClient());
		TenantRoute route = provisioning.provision(
				new TenantOrder(slug, "Shop " + name, email, OwnerPassword.hash(OWNER_PASSWORD.toCharArray()), plan),
				ProvisioningProgress.none());
		return new Shop(route, email);
	}

	private static String randomSuffix() {
		String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			suffix.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return suffix.toString();
	}

	/** A provisioned shop and its owner's login. */
	record Shop(TenantRoute route, String ownerEmail) {

		String id() {
			return this.route.tenantId();
		}

		/**
		 * The owner's access token, reused for 30 s (far inside Keycloak's default
		 * 5-minute lifespan): fewer password grants, and none right after another one for
		 * a fresh realm, where Keycloak was seen to refuse the second of two quick
		 * grants.
		 */
		String ownerToken() {
			OwnerToken cached = OWNER_TOKENS.get(this.route.realm());
			if (cached != null && cached.fetched().isAfter(java.time.Instant.now().minusSeconds(30))) {
				return cached.token();
			}
			String token = new KeycloakTokens(KEYCLOAK).devCliToken(this.route.realm(), this.ownerEmail,
					OWNER_PASSWORD);
			OWNER_TOKENS.put(this.route.realm(), new OwnerToken(token, java.time.Instant.now()));
			return token;
		}

		List<String> skusInOwnSchema() {
			return SchemaRows.skus(this.route.schema());
		}

		String storedName(String sku) {
			return SchemaRows.name(this.route.schema(), sku);
		}

		java.util.Map<String, String> catalogState() {
			return SchemaRows.catalogState(this.route.schema());
		}

	}

}
