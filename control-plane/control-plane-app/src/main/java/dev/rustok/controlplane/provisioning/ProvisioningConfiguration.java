package dev.rustok.controlplane.provisioning;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.provisioning.ProvisioningSettings;
import dev.rustok.provisioning.TenantProvisioning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProvisioningConfiguration {

	@Bean
	TenantProvisioning tenantProvisioning(DataSource dataSource, HazelcastInstance hazelcast,
			KeycloakProperties keycloak, PlatformProperties platform) {
		return new TenantProvisioning(dataSource, hazelcast, new ProvisioningSettings(keycloak.url(),
				keycloak.adminUsername(), keycloak.adminPassword(), platform.domain()));
	}

	// a run abandoned at shutdown is resumed at the next start-up, so nothing waits for
	// it
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService provisioningRuns() {
		return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("provisioning-", 0).factory());
	}

}
