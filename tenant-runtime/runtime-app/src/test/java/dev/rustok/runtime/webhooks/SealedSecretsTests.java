package dev.rustok.runtime.webhooks;

import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.webhooks.OpenedSecret.Readable;
import dev.rustok.runtime.webhooks.OpenedSecret.Unreadable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Endpoint secrets sealed at rest (docs/adr/0101). */
class SealedSecretsTests {

	private static final TenantId ACME = new TenantId("acme");

	private static final TenantId GLOBEX = new TenantId("globex");

	private static final EncryptionKey K1 = EncryptionKey.parse("k", "k1:the-first-key-of-at-least-32-characters");

	private static final EncryptionKey K2 = EncryptionKey.parse("k", "k2:the-second-key-of-at-least-32-characters");

	private final UUID endpoint = UUID.randomUUID();

	private final WebhookSecret secret = WebhookSecret.generate();

	@Test
	void aSealedSecretOpensForItsShopAndEndpointOnly() {
		SealedSecrets secrets = new SealedSecrets(K1, List.of());

		String stored = secrets.seal(ACME, this.endpoint, this.secret);

		assertThat(stored).startsWith("v1:k1:")
			.doesNotContain(this.secret.value())
			.doesNotContain(this.secret.value().substring("whsec_".length()))
			.hasSizeLessThanOrEqualTo(100);
		assertThat(secrets.open(ACME, this.endpoint, stored)).isEqualTo(new Readable(this.secret, false));
		assertThat(secrets.open(GLOBEX, this.endpoint, stored)).isInstanceOf(Unreadable.class);
		assertThat(secrets.open(ACME, UUID.randomUUID(), stored)).isInstanceOf(Unreadable.class);
	}

	@Test
	void everySealingTakesAFreshNonce() {
		SealedSecrets secrets = new SealedSecrets(K1, List.of());

		assertThat(secrets.seal(ACME, this.endpoint, this.secret))
			.isNotEqualTo(secrets.seal(ACME, this.endpoint, this.secret));
	}

	@Test
	void aPreviousKeyStillOpensWhatItSealedAndMarksItOutdated() {
		String underK1 = new SealedSecrets(K1, List.of()).seal(ACME, this.endpoint, this.secret);

		SealedSecrets rotated = new SealedSecrets(K2, List.of(K1));

		assertThat(rotated.open(ACME, this.endpoint, underK1)).isEqualTo(new Readable(this.secret, true));
		assertThat(rotated.seal(ACME, this.endpoint, this.secret)).startsWith("v1:k2:");
	}

	@Test
	void aKeyThisNodeLacksIsNamedAndTheSecretIsNot() {
		String underK1 = new SealedSecrets(K1, List.of()).seal(ACME, this.endpoint, this.secret);

		OpenedSecret opened = new SealedSecrets(K2, List.of()).open(ACME, this.endpoint, underK1);

		assertThat(opened).isInstanceOfSatisfying(Unreadable.class,
				(unreadable) -> assertThat(unreadable.reason()).contains("'k1'")
					.contains("not configured")
					.doesNotContain(underK1.substring(6)));
	}

	@Test
	void anotherKeyUnderTheSameIdDoesNotOpen() {
		String sealed = new SealedSecrets(K1, List.of()).seal(ACME, this.endpoint, this.secret);
		EncryptionKey impostor = EncryptionKey.parse("k", "k1:another-key-entirely-of-32-characters-or-more");

		assertThat(new SealedSecrets(impostor, List.of()).open(ACME, this.endpoint, sealed)).isInstanceOfSatisfying(
				Unreadable.class, (unreadable) -> assertThat(unreadable.reason()).contains("does not open"));
	}

	@Test
	void aSecretStoredInPlainTextIsReadAndMarkedOutdated() {
		SealedSecrets secrets = new SealedSecrets(K1, List.of());

		assertThat(secrets.open(ACME, this.endpoint, this.secret.value())).isEqualTo(new Readable(this.secret, true));
		assertThat(secrets.open(ACME, this.endpoint, "v1:k1:bm90IHNlYWxlZA==")).isInstanceOf(Unreadable.class);
		assertThat(secrets.open(ACME, this.endpoint, "v9:k1:whatever")).isInstanceOf(Unreadable.class);
	}

	@Test
	void badKeysAreRefusedByPropertyWithoutShowingTheValue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EncryptionKey.parse("rustok.webhooks.encryption-key", "k1:too-short-secret"))
			.withMessageContaining("rustok.webhooks.encryption-key")
			.withMessageContaining("at least 32")
			.withMessageNotContaining("too-short-secret");
		assertThatIllegalArgumentException().isThrownBy(
				() -> EncryptionKey.parse("rustok.webhooks.encryption-key", "no key id here but a long enough secret"))
			.withMessageContaining("<key id>:<secret>")
			.withMessageNotContaining("long enough");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EncryptionKey.parse("rustok.webhooks.encryption-key", null))
			.withMessageContaining("is not set");
		assertThatIllegalArgumentException().isThrownBy(() -> new SealedSecrets(K1, List.of(K1)))
			.withMessageContaining("'k1' is configured twice");
	}

}
