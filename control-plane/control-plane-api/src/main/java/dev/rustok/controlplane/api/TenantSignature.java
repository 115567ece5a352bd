package dev.rustok.controlplane.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a tenant id under a secret shared by the gateway and the runtime only,
 * so a client that talks to a runtime node directly cannot claim to be any tenant. See
 * docs/adr/0005-gateway-to-runtime-trust.md.
 */
public final class TenantSignature {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	public TenantSignature(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("the gateway secret must have at least 16 characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	public String sign(String tenantId) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			byte[] digest = mac.doFinal(tenantId.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	public boolean verify(String tenantId, String signature) {
		if (tenantId == null || signature == null) {
			return false;
		}
		byte[] expected = sign(tenantId).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
	}

}
