package dev.rustok.runtime;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the runtime's integration tests: one application context on a random port,
 * shared by every subclass (same configuration, so Spring caches it), against real
 * PostgreSQL, Keycloak and Hazelcast.
 */
abstract class RuntimeIntegrationTest extends RuntimeNodeTest {

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		RuntimePlatform.properties(registry);
	}

}
