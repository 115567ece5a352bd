package dev.rustok.provisioning;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PBKDF2 hash ready for Keycloak's credential import, so the plain password is never
 * stored. The two strings are the JSON documents Keycloak keeps for a {@code password}
 * credential of its {@code pbkdf2-sha512} provider; the iteration count is Keycloak 26's
 * default, so Keycloak does not re-hash at the first login.
 *
 * @param secretData JSON {@code {"value":…,"salt":…,"additionalParameters":{}}}
 * @param credentialData JSON
 * {@code {"hashIterations":210000,"algorithm":"pbkdf2-sha512",…}}
 */
public record OwnerPassword(String secretData, String credentialData) {

	static final int ITERATIONS = 210_000;

	private static final int KEY_BITS = 512;

	private static final int SALT_BYTES = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	public OwnerPassword {
		Objects.requireNonNull(secretData, "secretData");
		Objects.requireNonNull(credentialData, "credentialData");
	}

	/**
	 * Hashes {@code plain} with a fresh random salt; the caller may wipe its array
	 * afterwards.
	 */
	public static OwnerPassword hash(char[] plain) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		Base64.Encoder base64 = Base64.getEncoder();
		String secretData = "{\"value\":\"" + base64.encodeToString(derive(plain, salt)) + "\",\"salt\":\""
				+ base64.encodeToString(salt) + "\",\"additionalParameters\":{}}";
		String credentialData = "{\"hashIterations\":" + ITERATIONS
				+ ",\"algorithm\":\"pbkdf2-sha512\",\"additionalParameters\":{}}";
		return new OwnerPassword(secretData, credentialData);
	}

	static byte[] derive(char[] plain, byte[] salt) {
		PBEKeySpec spec = new PBEKeySpec(plain, salt, ITERATIONS, KEY_BITS);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2WithHmacSHA512 is part of every JDK", ex);
		}
		finally {
			spec.clearPassword();
		}
	}

	@Override
	public String toString() {
		return "OwnerPassword[pbkdf2-sha512]";
	}

}
