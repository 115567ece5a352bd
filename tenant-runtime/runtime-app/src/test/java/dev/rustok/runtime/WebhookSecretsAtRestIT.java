package dev.rustok.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.webhooks.WebhookReceiver;
import dev.rustok.runtime.webhooks.WebhookReceiver.Received;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.rustok.runtime.OutboxRows.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook signing secrets sealed at rest (docs/adr/0101): the row in PostgreSQL holds
 * {@code v1:<key id>:…}, never the secret, while deliveries are still signed with the
 * secret the merchant was shown; a secret stored in plain text before this, or under the
 * previous key, keeps working and is sealed under the current key at its endpoint's next
 * delivery; a sealed secret copied into another shop's row, or one under a key the node
 * lacks, is not used: the delivery log says why, and the admin API keeps answering.
 */
class WebhookSecretsAtRestIT extends RuntimeIntegrationTest {

	private static final String PATH = "/api/admin/webhooks";

	@Test
	void theStoredSecretIsSealedAndDeliveriesAreSignedWithTheShownOne() throws Exception {
		Shop acme = shop("sealed-acme");
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(200)) {
			JsonNode created = register(acme, receiver.url("/sealed"));
			String endpoint = created.get("endpoint").get("id").asString();
			String secret = created.get("secret").asString();

			String stored = storedSecret(acme, endpoint);
			createProduct(acme, "Sealed tee");

			assertThat(stored).startsWith("v1:dev:")
				.doesNotContain(secret)
				.doesNotContain(secret.substring("whsec_".length()));
			await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
			assertThat(verifies(secret, receiver.received().getFirst())).isTrue();
			Answer rotated = this.runtime.post(acme.id(), acme.ownerToken(), PATH + "/" + endpoint + "/secret", "");
			String newSecret = rotated.json().get("secret").asString();
			assertThat(storedSecret(acme, endpoint)).startsWith("v1:dev:")
				.isNotEqualTo(stored)
				.doesNotContain(newSecret.substring("whsec_".length()));
			createProduct(acme, "Rotated sealed tee");
			await().atMost(PATIENCE).until(() -> receiver.received().size() == 2);
			assertThat(verifies(newSecret, receiver.received().get(1))).isTrue();
		}
	}

	@Test
	void aSecretStoredInPlainTextKeepsSigningAndIsSealedAtItsNextDelivery() throws Exception {
		Shop acme = shop("sealed-legacy");
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(200)) {
			String endpoint = register(acme, receiver.url("/legacy")).get("endpoint").get("id").asString();
			String plain = "whsec_" + Base64.getEncoder().encodeToString(randomBytes(32));
			// the row as the runtime wrote it before secrets were sealed (V11, ADR 0069)
			writeStoredSecret(acme, endpoint, plain);

			createProduct(acme, "Legacy tee");

			await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
			assertThat(verifies(plain, receiver.received().getFirst())).isTrue();
			await().atMost(PATIENCE).until(() -> storedSecret(acme, endpoint).startsWith("v1:dev:"));
			assertThat(storedSecret(acme, endpoint)).doesNotContain(plain.substring("whsec_".length()));
			createProduct(acme, "Legacy tee, sealed since");
			await().atMost(PATIENCE).until(() -> receiver.received().size() == 2);
			assertThat(verifies(plain, receiver.received().get(1))).isTrue();
		}
	}

	@Test
	void aSecretSealedUnderThePreviousKeyKeepsSigningAndIsSealedAgainUnderTheCurrentOne() throws Exception {
		Shop acme = shop("sealed-rotation");
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(200)) {
			String endpoint = register(acme, receiver.url("/previous")).get("endpoint").get("id").asString();
			byte[] key = randomBytes(32);
			writeStoredSecret(acme, endpoint, sealedUnderPreviousKey(acme.id(), endpoint, key));

			createProduct(acme, "Previous key tee");

			await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
			assertThat(verifies("whsec_" + Base64.getEncoder().encodeToString(key), receiver.received().getFirst()))
				.isTrue();
			await().atMost(PATIENCE).until(() -> storedSecret(acme, endpoint).startsWith("v1:dev:"));
		}
	}

	@Test
	void aSealedSecretCopiedIntoAnotherShopsEndpointIsRefusedNotUsed() {
		Shop acme = shop("sealed-copied-from");
		Shop globex = shop("sealed-copied-to");
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(200)) {
			String endpoint = register(acme, receiver.url("/acme")).get("endpoint").get("id").asString();
			String acmeSealed = storedSecret(acme, endpoint);
			int before = receiver.received().size();
			// the whole row, same id, same sealed secret, into globex's schema (a bad
			// restore, a hand-made copy): only the shop differs
			copyEndpoint(acme, globex, endpoint);

			createProduct(globex, "Copied secret tee");

			JsonNode delivery = await().atMost(PATIENCE)
				.until(() -> deliveries(globex, endpoint),
						(items) -> !items.isEmpty() && !items.getFirst().get("lastError").isNull())
				.getFirst();
			assertThat(delivery.get("lastError").asString()).contains("not sent")
				.contains("does not open")
				.contains("another shop or endpoint")
				.doesNotContain(acmeSealed);
			assertThat(delivery.get("status").asString()).isEqualTo("pending");
			assertThat(delivery.get("attempts").asInt()).isZero();
			assertThat(receiver.received()).hasSize(before);
			Answer shown = this.runtime.get(globex.id(), globex.ownerToken(), PATH + "/" + endpoint);
			assertThat(shown.status()).isEqualTo(200);
			assertThat(shown.json().get("enabled").asBoolean()).isTrue();
			assertThat(storedSecret(globex, endpoint)).isEqualTo(acmeSealed);
		}
	}

	@Test
	void aSecretUnderAKeyThisNodeLacksShowsInTheDeliveryLogAndTheAdminApiKeepsAnswering() {
		Shop acme = shop("sealed-unknown-key");
		try (WebhookReceiver receiver = WebhookReceiver.http().answering(200)) {
			String endpoint = register(acme, receiver.url("/gone")).get("endpoint").get("id").asString();
			String underAGoneKey = storedSecret(acme, endpoint).replaceFirst("^v1:dev:", "v1:gone:");
			writeStoredSecret(acme, endpoint, underAGoneKey);

			createProduct(acme, "Unknown key tee");

			JsonNode delivery = await().atMost(PATIENCE)
				.until(() -> deliveries(acme, endpoint),
						(items) -> !items.isEmpty() && !items.getFirst().get("lastError").isNull())
				.getFirst();
			assertThat(delivery.get("lastError").asString()).contains("encryption key 'gone'")
				.contains("not configured");
			assertThat(receiver.received()).isEmpty();
			assertThat(this.runtime.get(acme.id(), acme.ownerToken(), PATH).status()).isEqualTo(200);
			Answer rotated = this.runtime.post(acme.id(), acme.ownerToken(), PATH + "/" + endpoint + "/secret", "");
			assertThat(rotated.status()).isEqualTo(200);
			// a new secret is sealed under the current key: the pending delivery goes out
			await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
		}
	}

	private JsonNode register(Shop shop, String url) {
		Answer answer = this.runtime.post(shop.id(), shop.ownerToken(), PATH, RuntimeClient
			.json(Map.of("url", url, "description", "sealed secret", "eventTypes", List.of("catalog.ProductCreated"))));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json();
	}

	private void createProduct(Shop shop, String title) {
		Answer answer = this.runtime.createProduct(shop.id(), shop.ownerToken(),
				RuntimeClient.productJson("SEAL-" + UUID.randomUUID(), title, 1500, "EUR"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
	}

	private List<JsonNode> deliveries(Shop shop, String endpoint) {
		return this.runtime.get(shop.id(), shop.ownerToken(), PATH + "/" + endpoint + "/deliveries")
			.json()
			.get("items")
			.valueStream()
			.toList();
	}

	private static String storedSecret(Shop shop, String endpoint) {
		return jdbc().sql("select secret from " + quoted(shop.route().schema()) + ".webhook_endpoint where id = ?")
			.param(UUID.fromString(endpoint))
			.query(String.class)
			.single();
	}

	private static void writeStoredSecret(Shop shop, String endpoint, String stored) {
		jdbc().sql("update " + quoted(shop.route().schema()) + ".webhook_endpoint set secret = ? where id = ?")
			.params(stored, UUID.fromString(endpoint))
			.update();
	}

	private static void copyEndpoint(Shop from, Shop to, String endpoint) {
		for (String table : List.of("webhook_endpoint", "webhook_subscription")) {
			String column = table.equals("webhook_endpoint") ? "id" : "endpoint_id";
			jdbc()
				.sql("insert into " + quoted(to.route().schema()) + "." + table + " select * from "
						+ quoted(from.route().schema()) + "." + table + " where " + column + " = ?")
				.param(UUID.fromString(endpoint))
				.update();
		}
	}

	// as an operator's tool would seal it, with nothing from the platform's code: the
	// stored format is a contract with every node that may still read it
	private static String sealedUnderPreviousKey(String tenant, String endpoint, byte[] secretKey) throws Exception {
		String[] previous = RuntimePlatform.PREVIOUS_WEBHOOK_KEY.split(":", 2);
		byte[] aesKey = MessageDigest.getInstance("SHA-256")
			.digest(("rustok webhook secrets\n" + previous[1]).getBytes(StandardCharsets.UTF_8));
		byte[] nonce = randomBytes(12);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, nonce));
		cipher.updateAAD(("v1:" + previous[0] + "\n" + tenant + "\n" + endpoint).getBytes(StandardCharsets.UTF_8));
		byte[] sealed = cipher.doFinal(secretKey);
		return "v1:" + previous[0] + ":" + Base64.getEncoder()
			.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
	}

	// as a merchant's receiver would, with nothing from the platform's code
	private static boolean verifies(String secret, Received received) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		mac.update((received.header("webhook-id") + "." + received.header("webhook-timestamp") + ".")
			.getBytes(StandardCharsets.UTF_8));
		String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(received.body()));
		return received.header("webhook-signature").equals(expected);
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	private static JdbcClient jdbc() {
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource());
	}

	private static String quoted(String schema) {
		return "\"" + schema.replace("\"", "\"\"") + "\"";
	}

}
