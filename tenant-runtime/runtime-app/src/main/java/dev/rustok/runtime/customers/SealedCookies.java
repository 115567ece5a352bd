package dev.rustok.runtime.customers;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import dev.rustok.runtime.shared.TenantId;

/**
 * Seals a value for a cookie with AES-256-GCM (docs/adr/0077): the browser can neither
 * read nor change it, and a cookie sealed for one shop, or for another purpose, does not
 * open for another (both are the cipher's associated data). The key is derived from the
 * configured secret, the same on every node.
 */
final class SealedCookies {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	SealedCookies(String secret) {
		this.key = new SecretKeySpec(sha256(("rustok customer cookies\n" + secret).getBytes(StandardCharsets.UTF_8)),
				"AES");
	}

	String seal(String purpose, TenantId tenant, byte[] plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associated(purpose, tenant));
			byte[] sealed = cipher.doFinal(plain);
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every JDK", ex);
		}
	}

	/**
	 * The value, or empty when the cookie was not sealed here for this shop and purpose.
	 */
	Optional<byte[]> open(String purpose, TenantId tenant, String cookie) {
		try {
			byte[] sealed = Base64.getUrlDecoder().decode(cookie);
			if (sealed.length <= NONCE_BYTES) {
				return Optional.empty();
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(associated(purpose, tenant));
			return Optional.of(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
		}
		catch (IllegalArgumentException | GeneralSecurityException tamperedOrForeign) {
			return Optional.empty();
		}
	}

	private static byte[] associated(String purpose, TenantId tenant) {
		return (purpose + "\n" + tenant.value()).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
