package dev.rustok.runtime.webhooks;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * An endpoint's signing secret in the Standard Webhooks form, {@code whsec_} and the
 * base64 of 32 random bytes; the key is those bytes. Shown to the merchant once, when it
 * is made; stored sealed ({@link SealedSecrets}).
 */
record WebhookSecret(String value) {

	static final String PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	WebhookSecret {
		if (value == null || !value.startsWith(PREFIX)) {
			throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
		}
		Base64.getDecoder().decode(value.substring(PREFIX.length()));
	}

	static WebhookSecret generate() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return of(key);
	}

	static WebhookSecret of(byte[] key) {
		return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
	}

	byte[] key() {
		return Base64.getDecoder().decode(this.value.substring(PREFIX.length()));
	}

	@Override
	public String toString() {
		return "WebhookSecret[****]";
	}

}
