package dev.rustok.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.devservices.FreePorts;
import dev.rustok.gateway.nodes.RecordingNodeProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static dev.rustok.gateway.TenantRoutesFixture.activeTenant;
import static dev.rustok.gateway.TenantRoutesFixture.hostOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two runtime nodes as child JVMs behind the gateway; one of them is killed with SIGKILL
 * under a steady load of writes, each carrying a unique request id that the nodes store.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RuntimeNodeLossIT {

	static final int NODE_A = FreePorts.next();

	static final int NODE_A_MANAGEMENT = FreePorts.next();

	static final int NODE_B = FreePorts.next();

	static final int NODE_B_MANAGEMENT = FreePorts.next();

	static final int WRITERS = 4;

	static final int WRITES_BEFORE_THE_KILL = 150;

	// at most 0.1 % may fail: with fewer than 1,000 writes, none may
	static final int WRITES_AFTER_THE_FIRST_SECOND = 500;

	@TempDir
	Path stores;

	@Autowired
	HazelcastInstance hazelcast;

	@LocalServerPort
	int port;

	WebClient client;

	final List<RecordingNodeProcess> nodes = new ArrayList<>();

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		int memberPort = FreePorts.next();
		registry.add("rustok.cluster.name", () -> "node-loss-it-" + UUID.randomUUID());
		registry.add("rustok.cluster.port", () -> memberPort);
		registry.add("rustok.cluster.members", () -> "127.0.0.1:" + memberPort);
		registry.add("rustok.platform.domain", () -> TenantRoutesFixture.DOMAIN);
		registry.add("rustok.gateway.runtime-urls", () -> "http://127.0.0.1:" + NODE_A + ",http://127.0.0.1:" + NODE_B);
		registry.add("rustok.gateway.runtime-health-urls", () -> "http://127.0.0.1:" + NODE_A_MANAGEMENT
				+ "/actuator/health,http://127.0.0.1:" + NODE_B_MANAGEMENT + "/actuator/health");
		registry.add("spring.cloud.loadbalancer.health-check.interval", () -> "500ms");
		registry.add("management.server.port", FreePorts::next);
	}

	@BeforeEach
	void connect() {
		this.client = WebClient.create("http://127.0.0.1:" + this.port);
		TenantRoute route = activeTenant("sturdy");
		TenantRouteMaps.byHost(this.hazelcast).put(route.host(), route);
	}

	@AfterEach
	void killNodes() {
		this.nodes.forEach(RecordingNodeProcess::kill);
	}

	@Test
	void losesNoWriteAndAppliesNoneTwiceWhenANodeIsKilledUnderLoad() throws Exception {
		RecordingNodeProcess a = startNode(NODE_A, NODE_A_MANAGEMENT, "answer");
		RecordingNodeProcess b = startNode(NODE_B, NODE_B_MANAGEMENT, "answer");
		awaitWritesReaching(a, b);

		ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
		AtomicBoolean loading = new AtomicBoolean(true);
		List<Thread> writers = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			writers.add(Thread.ofPlatform().start(() -> {
				while (loading.get()) {
					writes.add(write());
				}
			}));
		}
		await().atMost(Duration.ofMinutes(2)).until(() -> writes.size() >= WRITES_BEFORE_THE_KILL);
		long killedAt = System.nanoTime();
		b.kill();
		long firstSecondEnds = killedAt + Duration.ofSeconds(1).toNanos();
		await().atMost(Duration.ofMinutes(5))
			.until(() -> writes.stream()
				.filter((write) -> write.sentAt() - firstSecondEnds > 0)
				.count() >= WRITES_AFTER_THE_FIRST_SECOND);
		loading.set(false);
		for (Thread writer : writers) {
			writer.join();
		}

		List<Write> afterFirstSecond = writes.stream().filter((write) -> write.sentAt() - firstSecondEnds > 0).toList();
		long failedAfterFirstSecond = afterFirstSecond.stream().filter((write) -> !write.succeeded()).count();
		long failed = writes.stream().filter((write) -> !write.succeeded()).count();
		Map<String, Long> storedTimes = storedTimes(a, b);
		List<String> succeededIds = writes.stream().filter(Write::succeeded).map(Write::id).toList();
		System.out.printf(
				"node loss: %d writes, %d failed (%d of %d sent after the first second), stored %d on A and %d on B, "
						+ "%d ids stored twice%n",
				writes.size(), failed, failedAfterFirstSecond, afterFirstSecond.size(), a.stored().size(),
				b.stored().size(), storedTimes.values().stream().filter((times) -> times > 1).count());

		assertThat(b.stored()).as("node B took writes before it was killed").isNotEmpty();
		assertThat(failedAfterFirstSecond * 1000).as("failed writes after the first second, per mille")
			.isLessThanOrEqualTo(afterFirstSecond.size());
		assertThat(storedTimes).as("no write applied twice").allSatisfy((id, times) -> assertThat(times).isOne());
		assertThat(storedTimes).as("every acknowledged write stored").containsKeys(succeededIds.toArray(String[]::new));
	}

	@Test
	void bringsAKilledNodeBackOnceItsHealthCheckPasses() {
		RecordingNodeProcess a = startNode(NODE_A, NODE_A_MANAGEMENT, "answer");
		RecordingNodeProcess b = startNode(NODE_B, NODE_B_MANAGEMENT, "answer");
		awaitWritesReaching(a, b);
		b.kill();
		List<Write> whileDown = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			whileDown.add(write());
		}

		RecordingNodeProcess restarted = startNode(NODE_B, NODE_B_MANAGEMENT, "answer");

		awaitWritesReaching(restarted);
		assertThat(whileDown).allSatisfy((write) -> assertThat(write.succeeded()).isTrue());
		assertThat(storedTimes(a, b, restarted)).allSatisfy((id, times) -> assertThat(times).isOne());
	}

	@Test
	void answersAWriteWhoseResponseWasCutOffWithABadGatewayAndNeverRepeatsIt() {
		RecordingNodeProcess a = startNode(NODE_A, NODE_A_MANAGEMENT, "cut");
		RecordingNodeProcess b = startNode(NODE_B, NODE_B_MANAGEMENT, "cut");
		List<String> ids = new ArrayList<>();

		for (int i = 0; i < 6; i++) {
			String id = UUID.randomUUID().toString();
			ids.add(id);
			this.client.post()
				.uri("/orders")
				.header("Host", hostOf("sturdy"))
				.contentType(MediaType.TEXT_PLAIN)
				.bodyValue(id)
				.exchangeToMono((response) -> response.bodyToMono(String.class).defaultIfEmpty("").map((body) -> {
					assertThat(response.statusCode().value()).isEqualTo(502);
					assertThat(response.headers().contentType()).contains(MediaType.APPLICATION_PROBLEM_JSON);
					assertThat(body).contains("urn:rustok:problem:backend-unreachable");
					return body;
				}))
				.block(Duration.ofSeconds(20));
		}

		Map<String, Long> storedTimes = storedTimes(a, b);
		System.out.printf("cut-off responses: %d writes answered 502, %d stored, %d stored twice%n", ids.size(),
				storedTimes.size(), storedTimes.values().stream().filter((times) -> times > 1).count());
		assertThat(storedTimes).containsOnlyKeys(ids).allSatisfy((id, times) -> assertThat(times).isOne());
	}

	private RecordingNodeProcess startNode(int port, int managementPort, String mode) {
		Path store = this.stores.resolve("node-" + port + "-" + UUID.randomUUID() + ".txt");
		RecordingNodeProcess node = RecordingNodeProcess.start(port, managementPort, store, mode);
		this.nodes.add(node);
		return node;
	}

	// the gateway sends writes to a node once its health check has passed
	private void awaitWritesReaching(RecordingNodeProcess... nodes) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			assertThat(write().succeeded()).isTrue();
			assertThat(nodes).allSatisfy((node) -> assertThat(node.stored()).isNotEmpty());
		});
	}

	private Write write() {
		String id = UUID.randomUUID().toString();
		long sentAt = System.nanoTime();
		int status = this.client.post()
			.uri("/orders")
			.header("Host", hostOf("sturdy"))
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue(id)
			.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
			.onErrorResume((failure) -> Mono.just(-1))
			.blockOptional(Duration.ofSeconds(30))
			.orElse(-1);
		return new Write(id, sentAt, status);
	}

	private static Map<String, Long> storedTimes(RecordingNodeProcess... nodes) {
		return List.of(nodes)
			.stream()
			.map(RecordingNodeProcess::stored)
			.flatMap(Collection::stream)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	record Write(String id, long sentAt, int status) {

		boolean succeeded() {
			return this.status >= 200 && this.status < 300;
		}

	}

}
