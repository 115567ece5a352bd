package dev.rustok.runtime.webhooks;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that seal endpoint secrets at rest (docs/adr/0101), each
 * {@code <id>:<secret>}; from the environment or a secrets file (docs/adr/0025), like
 * every secret. Checked when {@link SealedSecrets} is made, by messages that never show a
 * value.
 *
 * @param encryptionKey seals every secret written from now on, and opens what it sealed
 * ({@code RUSTOK_WEBHOOKS_ENCRYPTION_KEY}); outside dev a missing or committed one
 * refuses the start
 * @param previousEncryptionKeys older keys, only to open what they sealed until every
 * endpoint's secret is sealed again under the current one
 */
@ConfigurationProperties("rustok.webhooks")
record WebhookEncryptionProperties(String encryptionKey, List<String> previousEncryptionKeys) {

	WebhookEncryptionProperties {
		previousEncryptionKeys = (previousEncryptionKeys != null) ? List.copyOf(previousEncryptionKeys) : List.of();
	}

	SealedSecrets sealedSecrets() {
		List<EncryptionKey> previous = this.previousEncryptionKeys.stream()
			.filter((configured) -> !configured.isBlank())
			.map((configured) -> EncryptionKey.parse("rustok.webhooks.previous-encryption-keys", configured))
			.toList();
		return new SealedSecrets(EncryptionKey.parse("rustok.webhooks.encryption-key", this.encryptionKey), previous);
	}

	@Override
	public String toString() {
		return "WebhookEncryptionProperties[****]";
	}

}
