package dev.rustok.runtime;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A runtime node under test: an application context on a random port against real
 * PostgreSQL, Keycloak and Hazelcast. Its properties come from the subclass:
 * {@link RuntimeIntegrationTest} gives the shared ones; a test that needs other settings
 * (another context in this JVM) gives its own, with its own cluster and management ports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ WebServers.class, SqlStatements.class, RecordingHandler.class })
abstract class RuntimeNodeTest {

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
