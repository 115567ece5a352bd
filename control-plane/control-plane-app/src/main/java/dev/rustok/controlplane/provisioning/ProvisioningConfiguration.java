package dev.rustok.controlplane.provisioning;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.provisioning.KeycloakTenantRealms;
import dev.rustok.provisioning.ProvisioningSettings;
import dev.rustok.provisioning.PublicAddress;
import dev.rustok.provisioning.TenantProvisioning;
import dev.rustok.provisioning.TenantRealms;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProvisioningConfiguration {

	// one admin client (and one circuit breaker) for tenant realms and the platform realm
	@Bean
	KeycloakTenantRealms tenantRealms(KeycloakProperties keycloak) {
		return new KeycloakTenantRealms(keycloak.url(), keycloak.adminUsername(), keycloak.adminPassword());
	}

	/**
	 * {@code rustok.platform.public-url-scheme} ({@code http} by default, {@code https}
	 * behind TLS) and {@code rustok.platform.public-url-port} make every shop's login
	 * redirect URIs and web origins exact (ADR 0016).
	 */
	@Bean
	TenantProvisioning tenantProvisioning(DataSource dataSource, HazelcastInstance hazelcast,
			KeycloakProperties keycloak, PlatformProperties platform, TenantRealms tenantRealms,
			@Value("${rustok.platform.public-url-scheme:http}") String publicUrlScheme) {
		return new TenantProvisioning(dataSource, hazelcast,
				new ProvisioningSettings(keycloak.url(), keycloak.adminUsername(), keycloak.adminPassword(),
						platform.domain(), new PublicAddress(publicUrlScheme, platform.publicUrlPort()),
						keycloak.devPasswordGrantClient(), keycloak.publicUrl()),
				tenantRealms);
	}

	// a run abandoned at shutdown is resumed at the next start-up, so nothing waits for
	// it
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService provisioningRuns() {
		return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("provisioning-", 0).factory());
	}

}
