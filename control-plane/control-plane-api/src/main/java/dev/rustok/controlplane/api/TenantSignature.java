package dev.rustok.controlplane.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256, under a secret shared by the gateway and the runtime only, of one request:
 * its method, its target (path and query as sent), the tenant the gateway resolved, the
 * moment it was signed and a random nonce. A client that talks to a runtime node directly
 * cannot claim to be any tenant, and a signature seen once is good for nothing but the
 * same request within {@link #WINDOW} (docs/adr/0005-gateway-to-runtime-trust.md).
 *
 * <p>
 * The header value is {@code v1.<epoch seconds>.<nonce>.<mac>}, base64url without
 * padding.
 */
public final class TenantSignature {

	/** How far a signature's moment may be from the verifier's clock, either way. */
	public static final Duration WINDOW = Duration.ofSeconds(30);

	private static final String ALGORITHM = "HmacSHA256";

	private static final String VERSION = "v1";

	private static final int NONCE_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	/**
	 * Initialised with the key once: every request signs or verifies on a clone of it (a
	 * Mac is not thread-safe), which skips the provider lookup and the key schedule.
	 */
	private final Mac initialised;

	public TenantSignature(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("the gateway secret must have at least 16 characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
		this.initialised = newMac();
	}

	/** Signs a request now, with a fresh nonce. */
	public String sign(SignedRequest request) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		return sign(request, Instant.now(), Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
	}

	/** Signs a request as of the given moment with the given nonce (base64url). */
	public String sign(SignedRequest request, Instant at, String nonce) {
		long seconds = at.getEpochSecond();
		return VERSION + "." + seconds + "." + nonce + "." + mac(request, seconds, nonce);
	}

	/** Whether the header value is the gateway's signature of this request, now. */
	public Verification verify(SignedRequest request, String header, Instant now) {
		if (request == null || header == null) {
			return Verification.NOT_SIGNED;
		}
		String[] parts = header.split("\\.", -1);
		if (parts.length != 4 || !VERSION.equals(parts[0]) || !parts[1].matches("-?[0-9]{1,12}")) {
			return Verification.NOT_SIGNED;
		}
		long seconds = Long.parseLong(parts[1]);
		byte[] expected = mac(request, seconds, parts[2]).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
			return Verification.NOT_SIGNED;
		}
		long age = Math.abs(now.getEpochSecond() - seconds);
		return (age > WINDOW.toSeconds()) ? Verification.EXPIRED : Verification.VALID;
	}

	private String mac(SignedRequest request, long seconds, String nonce) {
		// one field per line: no field can contain a line break (a request target cannot)
		String signed = String.join("\n", VERSION, request.method(), request.target(), request.tenantId(),
				Long.toString(seconds), nonce);
		byte[] digest = copyOfMac().doFinal(signed.getBytes(StandardCharsets.UTF_8));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

	private Mac copyOfMac() {
		try {
			return (Mac) this.initialised.clone();
		}
		catch (CloneNotSupportedException ex) {
			// a provider whose Mac cannot be copied: a fresh one each time
			return newMac();
		}
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/**
	 * What the gateway vouches for: the method, the request target as sent (raw path,
	 * then {@code ?} and the raw query when there is one) and the tenant.
	 */
	public record SignedRequest(String method, String target, String tenantId) {

		public SignedRequest {
			Objects.requireNonNull(method, "method");
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(tenantId, "tenantId");
		}

		/** The request target from a raw path and raw query ({@code null}: none). */
		public static SignedRequest of(String method, String rawPath, String rawQuery, String tenantId) {
			String target = (rawQuery != null && !rawQuery.isEmpty()) ? rawPath + "?" + rawQuery : rawPath;
			return new SignedRequest(method, target, tenantId);
		}

	}

	/** The outcome of {@link #verify}. */
	public enum Verification {

		/** Made by the gateway for this very request, within the window. */
		VALID,
		/** Missing, malformed, made with another secret, or for another request. */
		NOT_SIGNED,
		/** Made by the gateway for this request, but too long ago (or ahead). */
		EXPIRED

	}

}
