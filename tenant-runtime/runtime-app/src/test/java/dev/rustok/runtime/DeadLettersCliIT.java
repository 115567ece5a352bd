package dev.rustok.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.events.CatalogEvent.ProductCreated;
import dev.rustok.runtime.shared.TenantId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

import static dev.rustok.runtime.OutboxRows.PATIENCE;
import static dev.rustok.runtime.OutboxRows.awaitDelivered;
import static dev.rustok.runtime.OutboxRows.deadLetters;
import static dev.rustok.runtime.OutboxRows.effects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's dead letters across shops (docs/adr/0088): {@code ./rustok dead-letters
 * --all} run as a user runs it, against this node's management port, lists every shop's
 * dead letters, shows one with its payload and last error, and replays it once its
 * handler is fixed.
 */
class DeadLettersCliIT extends RuntimeIntegrationTest {

	private static final Path SCRIPT = Path.of("../../rustok").toAbsolutePath().normalize();

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anOperatorListsInspectsAndReplaysEveryShopsDeadLettersFromTheCommandLine() throws Exception {
		Shop acme = shop("cli-dead-acme");
		Shop globex = shop("cli-dead-globex");
		UUID acmeProduct = UUID.randomUUID();
		UUID globexProduct = UUID.randomUUID();
		UUID acmeLetter = deadLetterFor(acme, acmeProduct);
		UUID globexLetter = deadLetterFor(globex, globexProduct);

		Run list = rustok("list");
		Run show = rustok("show", acmeLetter.toString());

		assertThat(list.status()).as(list.output()).isZero();
		assertThat(list.output()).contains(acmeLetter.toString(), acme.id(), globexLetter.toString(), globex.id());
		assertThat(show.status()).as(show.output()).isZero();
		assertThat(show.output()).contains("\"shop\":\"" + acme.id() + "\"")
			.contains("poisoned handle poison-" + acmeProduct)
			.contains("\"handle\":\"poison-" + acmeProduct + "\"")
			.doesNotContain(globexLetter.toString());

		RecordingHandler.poisoned.remove("poison-" + acmeProduct);
		Run replay = rustok("replay", acmeLetter.toString());

		assertThat(replay.status()).as(replay.output()).isZero();
		assertThat(replay.output()).contains("replayed " + acmeLetter);
		awaitDelivered(acmeProduct);
		assertThat(effects(acmeProduct)).singleElement()
			.satisfies((effect) -> assertThat(effect).containsEntry("applied", 1));
		assertThat(deadLetters(acmeProduct)).isZero();
		assertThat(deadLetters(globexProduct)).as("the other shop's stays").isOne();
		assertThat(rustok("show", acmeLetter.toString()).status()).as("gone once replayed").isNotZero();
		assertThat(rustok("replay", UUID.randomUUID().toString()).status()).isNotZero();
	}

	private Run rustok(String... command) throws IOException, InterruptedException {
		Path output = Files.createTempFile("rustok-cli", ".out");
		List<String> line = new java.util.ArrayList<>(
				List.of("bash", SCRIPT.toString(), "dead-letters", "--all", "http://127.0.0.1:" + this.managementPort));
		line.addAll(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		String text = Files.readString(output, StandardCharsets.UTF_8);
		Files.delete(output);
		return new Run(process.exitValue(), text);
	}

	private UUID deadLetterFor(Shop shop, UUID product) {
		String handle = "poison-" + product;
		RecordingHandler.poisoned.add(handle);
		OutboxRows.publishEach(this.transactions, this.publisher,
				List.of(new ProductCreated(new TenantId(shop.id()), product, handle, "draft")));
		await().atMost(PATIENCE).until(() -> deadLetters(product) == 1);
		return (UUID) OutboxRows.deadLetter(product).get("id");
	}

	private record Run(int status, String output) {

	}

}
