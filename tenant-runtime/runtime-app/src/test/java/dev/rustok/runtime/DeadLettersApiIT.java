package dev.rustok.runtime;

import java.util.List;
import java.util.UUID;

import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.runtime.RuntimeClient.Answer;
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
 * A shop's dead letters on its admin API (docs/adr/0056): its staff list and inspect
 * them, its owner replays one once the handler is fixed, and another shop sees none of
 * it.
 */
class DeadLettersApiIT extends RuntimeIntegrationTest {

	private static final String PATH = "/api/admin/events/dead-letters";

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anOwnerListsInspectsAndReplaysHerShopsDeadLetter() {
		Shop acme = shop("dead-acme");
		UUID product = UUID.randomUUID();
		UUID id = deadLetterFor(acme, product);

		Answer list = this.runtime.get(acme.id(), acme.ownerToken(), PATH);
		Answer one = this.runtime.get(acme.id(), acme.ownerToken(), PATH + "/" + id);

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("items").valueStream().map((item) -> item.get("id").asString()))
			.contains(id.toString());
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("type").asString()).isEqualTo("catalog.ProductCreated");
		assertThat(one.json().get("attempts").asInt()).isEqualTo(5);
		assertThat(one.json().get("lastError").asString()).contains("poisoned handle");
		assertThat(one.json().get("payload").get("handle").asString()).isEqualTo("poison-" + product);

		RecordingHandler.poisoned.remove("poison-" + product);
		Answer replay = this.runtime.post(acme.id(), acme.ownerToken(), PATH + "/" + id + "/replay", "");

		assertThat(replay.status()).isEqualTo(202);
		awaitDelivered(product);
		assertThat(effects(product)).singleElement()
			.satisfies((effect) -> assertThat(effect).containsEntry("applied", 1));
		assertThat(deadLetters(product)).isZero();
		assertThat(this.runtime.get(acme.id(), acme.ownerToken(), PATH + "/" + id).status()).isEqualTo(404);
	}

	@Test
	void anotherShopCanNeitherSeeNorReplayADeadLetter() {
		Shop acme = shop("dead-acme");
		Shop other = shop("dead-other");
		UUID product = UUID.randomUUID();
		UUID id = deadLetterFor(acme, product);

		Answer inspect = this.runtime.get(other.id(), other.ownerToken(), PATH + "/" + id);
		Answer list = this.runtime.get(other.id(), other.ownerToken(), PATH);
		Answer replay = this.runtime.post(other.id(), other.ownerToken(), PATH + "/" + id + "/replay", "");
		Answer foreignToken = this.runtime.get(acme.id(), other.ownerToken(), PATH + "/" + id);

		assertThat(inspect.status()).isEqualTo(404);
		assertThat(inspect.contentType()).startsWith("application/problem+json");
		assertThat(inspect.body()).doesNotContain("poison");
		assertThat(list.json().get("items").valueStream().map((item) -> item.get("id").asString()))
			.doesNotContain(id.toString());
		assertThat(replay.status()).isEqualTo(404);
		assertThat(foreignToken.status()).isEqualTo(401);
		assertThat(deadLetters(product)).isOne();
	}

	@Test
	void aViewerReadsDeadLettersButCannotReplayThem() {
		Shop acme = shop("dead-acme");
		UUID product = UUID.randomUUID();
		UUID id = deadLetterFor(acme, product);
		String username = "viewer-" + UUID.randomUUID() + "@dead.example";
		StaffUsers.create(acme.route().realm(), username, "viewer-pass-1", List.of("viewer"));
		String viewer = new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(acme.route().realm(), username,
				"viewer-pass-1");

		assertThat(this.runtime.get(acme.id(), viewer, PATH + "/" + id).status()).isEqualTo(200);
		assertThat(this.runtime.post(acme.id(), viewer, PATH + "/" + id + "/replay", "").status()).isEqualTo(403);
		assertThat(deadLetters(product)).isOne();
	}

	@Test
	void aMalformedIdIsABadRequestProblem() {
		Shop acme = shop("dead-acme");

		Answer answer = this.runtime.get(acme.id(), acme.ownerToken(), PATH + "/not-an-id");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	private UUID deadLetterFor(Shop shop, UUID product) {
		String handle = "poison-" + product;
		RecordingHandler.poisoned.add(handle);
		OutboxRows.publishEach(this.transactions, this.publisher,
				List.of(new ProductCreated(new TenantId(shop.id()), product, handle, "draft")));
		await().atMost(PATIENCE).until(() -> deadLetters(product) == 1);
		return (UUID) OutboxRows.deadLetter(product).get("id");
	}

}
