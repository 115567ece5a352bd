package dev.rustok.runtime.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One key that seals endpoint secrets (docs/adr/0101), configured as
 * {@code <id>:<secret>}: the id is written beside every value it sealed, so an older key
 * can still open them after a rotation; the AES-256 key is the SHA-256 of the secret, as
 * for the customers' session key (docs/adr/0077).
 *
 * @param id 1 to 16 letters, digits, {@code -} or {@code _}
 */
record EncryptionKey(String id, SecretKey key) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

	private static final int MIN_SECRET = 32;

	/**
	 * The key configured in {@code property} as {@code <id>:<secret>}.
	 * @throws IllegalArgumentException naming the property and what is wrong, never the
	 * value
	 */
	static EncryptionKey parse(String property, String configured) {
		if (configured == null || configured.isBlank()) {
			throw new IllegalArgumentException(property + " is not set: give it as <key id>:<secret>");
		}
		int colon = configured.indexOf(':');
		String id = (colon > 0) ? configured.substring(0, colon) : "";
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException(
					property + " must be <key id>:<secret>, the key id 1 to 16 letters, digits, '-' or '_'");
		}
		String secret = configured.substring(colon + 1).strip();
		if (secret.length() < MIN_SECRET) {
			throw new IllegalArgumentException(
					property + ": the secret of key '" + id + "' must have at least " + MIN_SECRET + " characters");
		}
		return new EncryptionKey(id, new SecretKeySpec(sha256(secret), "AES"));
	}

	private static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256")
				.digest(("rustok webhook secrets\n" + secret).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException("SHA-256 is part of every JDK", missing);
		}
	}

	@Override
	public String toString() {
		return "EncryptionKey[" + this.id + "]";
	}

}
