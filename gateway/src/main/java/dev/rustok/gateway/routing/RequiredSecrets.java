package dev.rustok.gateway.routing;

import java.util.List;

import dev.rustok.controlplane.api.ProductionSecrets;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start outside the dev profile with a missing or committed gateway secret,
 * once the configuration is read and before anything (the Hazelcast member) starts.
 * Registered in META-INF/spring.factories.
 */
class RequiredSecrets implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		ProductionSecrets.verify(environment.matchesProfiles(ProductionSecrets.DEV_PROFILE), environment::getProperty,
				List.of(ProductionSecrets.GATEWAY_SECRET));
	}

}
