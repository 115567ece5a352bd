package dev.rustok.runtime.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import dev.rustok.runtime.tenancy.ShardNotifications;
import dev.rustok.runtime.tenancy.ShopPlans;
import dev.rustok.runtime.tenancy.TenantShards;
import io.micrometer.core.instrument.MeterRegistry;
import dev.rustok.runtime.tenancy.ShardSchema;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The webhook module's parts, wired once; see the package description. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ WebhookProperties.class, WebhookEncryptionProperties.class })
class WebhookConfiguration {

	private final Clock clock = Clock.systemUTC();

	@Bean
	WebhookTargets webhookTargets(WebhookProperties properties) {
		return new WebhookTargets(properties.allowLocalTargets(), InetAddress::getAllByName);
	}

	@Bean
	EndpointBreakers endpointBreakers(WebhookProperties properties) {
		return new EndpointBreakers(properties.breakerWindow(), properties.breakerFailureRate(),
				properties.breakerOpenFor(), properties.breakers());
	}

	@Bean
	SealedSecrets sealedSecrets(WebhookEncryptionProperties properties) {
		return properties.sealedSecrets();
	}

	@Bean
	Webhooks webhooks(JooqEndpoints endpoints, JooqDeliveries deliveries, WebhookTargets targets,
			EndpointBreakers breakers, JooqDueShops due, SealedSecrets secrets) {
		return new Webhooks(endpoints, deliveries, targets, new WebhookEventTypes(), breakers, due, secrets,
				this.clock);
	}

	@Bean
	WebhookFanOut webhookFanOut(JooqEndpoints endpoints, JooqDeliveries deliveries, JooqDueShops due) {
		return new WebhookFanOut(endpoints, deliveries, due, this.clock);
	}

	@Bean
	ShardSchema webhookSchema(TenantShards shards) {
		ShardSchema schema = new ShardSchema(shards, "rustok_webhooks", "classpath:db/webhooks");
		// before the relay's first fan-out writes to webhook_due
		schema.migrateReachable(shards.names());
		return schema;
	}

	@Bean
	DeliveryWorker webhookDeliveryWorker(TenantShards shards, ShardNotifications notifications,
			@Qualifier("webhookSchema") ShardSchema schema, JooqDueShops due, JooqDeliveries deliveries,
			JooqEndpoints endpoints, EndpointBreakers breakers, WebhookTargets targets,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
			WebhookProperties properties, MeterRegistry meters, ShopPlans plans, SealedSecrets secrets)
			throws IOException, GeneralSecurityException {
		WebhookCalls calls = new WebhookCalls(httpClient(properties), breakers, targets, properties.timeout(),
				this.clock);
		DeliveryResults results = new DeliveryResults(deliveries, endpoints, events, properties, this.clock);
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		return new DeliveryWorker(shards, notifications, schema, due, deliveries, calls, results, transactions,
				properties, new DeliveryMeters(meters, plans), secrets,
				new SecretResealing(secrets, endpoints, transactions), this.clock);
	}

	// redirects are not followed: a 3xx could point the platform inside its own network
	static HttpClient httpClient(WebhookProperties properties) throws IOException, GeneralSecurityException {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(Executors.newVirtualThreadPerTaskExecutor());
		if (properties.trustStore() != null && !properties.trustStore().isBlank()) {
			builder.sslContext(trusting(Path.of(properties.trustStore()), properties.trustStorePassword()));
		}
		return builder.build();
	}

	private static SSLContext trusting(Path store, String password) throws IOException, GeneralSecurityException {
		char[] secret = (password != null) ? password.toCharArray() : new char[0];
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			trusted.load(in, secret);
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

}
