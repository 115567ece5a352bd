package dev.rustok.runtime.webhooks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.webhooks.OpenedSecret.Readable;
import dev.rustok.runtime.webhooks.OpenedSecret.Unreadable;

/**
 * Endpoint secrets as stored (docs/adr/0101): {@code v1:<key id>:<base64 of nonce and
 * ciphertext>}, the secret's 32 bytes sealed with AES-256-GCM under the current key and a
 * random 96-bit nonce. The shop, the endpoint and the key id are the associated data, so
 * a value copied into another shop's or endpoint's row does not open. Older keys open
 * what they sealed; a value in plain text ({@code whsec_…}, stored before this) is still
 * read.
 */
final class SealedSecrets {

	static final String VERSION = "v1";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final EncryptionKey current;

	private final Map<String, EncryptionKey> byId = new LinkedHashMap<>();

	private final SecureRandom random = new SecureRandom();

	SealedSecrets(EncryptionKey current, List<EncryptionKey> previous) {
		this.current = current;
		this.byId.put(current.id(), current);
		for (EncryptionKey key : previous) {
			if (this.byId.putIfAbsent(key.id(), key) != null) {
				throw new IllegalArgumentException("rustok.webhooks: the encryption key id '" + key.id()
						+ "' is configured twice; give every key its own id");
			}
		}
	}

	String seal(TenantId tenant, UUID endpoint, WebhookSecret secret) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.current.key(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associated(this.current.id(), tenant, endpoint));
			byte[] sealed = cipher.doFinal(secret.key());
			return VERSION + ":" + this.current.id() + ":" + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException missing) {
			throw new IllegalStateException("AES-GCM is part of every JDK", missing);
		}
	}

	OpenedSecret open(TenantId tenant, UUID endpoint, String stored) {
		if (stored.startsWith(WebhookSecret.PREFIX)) {
			return new Readable(new WebhookSecret(stored), true);
		}
		String[] parts = stored.split(":", 3);
		if (parts.length != 3 || !VERSION.equals(parts[0])) {
			return new Unreadable("the endpoint's signing secret is stored in a form this node does not know");
		}
		EncryptionKey key = this.byId.get(parts[1]);
		if (key == null) {
			return new Unreadable("the endpoint's signing secret is sealed under encryption key '" + parts[1]
					+ "', which this node is not configured with (rustok.webhooks.encryption-key or "
					+ "previous-encryption-keys)");
		}
		try {
			byte[] sealed = Base64.getDecoder().decode(parts[2]);
			if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
				throw new IllegalArgumentException("too short to be sealed");
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(associated(key.id(), tenant, endpoint));
			byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
			return new Readable(WebhookSecret.of(plain), key != this.current);
		}
		catch (AEADBadTagException | IllegalArgumentException foreignOrChanged) {
			return new Unreadable("the endpoint's signing secret does not open under encryption key '" + key.id()
					+ "': it was sealed for another shop or endpoint, changed, or under another key of that id");
		}
		catch (GeneralSecurityException missing) {
			throw new IllegalStateException("AES-GCM is part of every JDK", missing);
		}
	}

	private static byte[] associated(String keyId, TenantId tenant, UUID endpoint) {
		return (VERSION + ":" + keyId + "\n" + tenant.value() + "\n" + endpoint).getBytes(StandardCharsets.UTF_8);
	}

}
