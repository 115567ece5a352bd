package dev.rustok.runtime;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the runtime's integration tests: one application context on a random port,
 * shared by every subclass (same configuration, so Spring caches it), against real
 * PostgreSQL, Keycloak and Hazelcast.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ WebServers.class, SqlStatements.class, RecordingHandler.class })
abstract class RuntimeIntegrationTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	WebServers webServers;

	@Autowired
	HazelcastInstance hazelcast;

	@Autowired
	SqlStatements sqlStatements;

	RuntimeClient runtime;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		RuntimePlatform.properties(registry);
	}

	@BeforeEach
	void connect() {
		this.runtime = new RuntimeClient(this.port);
	}

	RuntimeClient management() {
		return new RuntimeClient(this.managementPort);
	}

	Shop shop(String key) {
		return RuntimePlatform.shop(key, this.hazelcast);
	}

}
