package dev.rustok.runtime.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rustok.controlplane.api.ProductionSecrets;
import dev.rustok.controlplane.api.ProductionSecrets.Secret;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start outside the dev profile with a missing or committed gateway secret,
 * customer session key, webhook encryption key or database password (of the default
 * database and of every {@code rustok.shards.<name>}), once the configuration is read and
 * before anything (the Hazelcast member, the connection pool) starts. Registered in
 * META-INF/spring.factories.
 */
class RequiredSecrets implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** What seals customers' session cookies on every node (docs/adr/0077). */
	static final Secret CUSTOMER_SESSION_KEY = new Secret("rustok.customers.session-key",
			Set.of("dev-only-customer-session-key-change-me"));

	/** What seals webhook endpoints' signing secrets at rest (docs/adr/0101). */
	static final Secret WEBHOOK_ENCRYPTION_KEY = new Secret("rustok.webhooks.encryption-key",
			Set.of("dev:dev-only-webhook-encryption-key-change-me"));

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		List<Secret> secrets = new ArrayList<>(List.of(ProductionSecrets.GATEWAY_SECRET,
				ProductionSecrets.DATABASE_PASSWORD, CUSTOMER_SESSION_KEY, WEBHOOK_ENCRYPTION_KEY,
				// the staff client's secret (docs/adr/0078)
				new Secret("rustok.staff.keycloak-client-secret", Set.of())));
		shards(environment)
			.forEach((shard) -> secrets.add(new Secret("rustok.shards." + shard + ".password", Set.of())));
		ProductionSecrets.verify(environment.matchesProfiles(ProductionSecrets.DEV_PROFILE), environment::getProperty,
				secrets);
	}

	// every database this node reaches beside the default one (ADR 0029) has a password
	private static Set<String> shards(ConfigurableEnvironment environment) {
		return Binder.get(environment)
			.bind("rustok.shards", Bindable.mapOf(String.class, ShardConnection.class))
			.map(Map::keySet)
			.orElse(Set.of());
	}

}
