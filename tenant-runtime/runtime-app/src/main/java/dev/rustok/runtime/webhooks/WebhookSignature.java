package dev.rustok.runtime.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code v1,} and the base64 HMAC-SHA256 of
 * {@code <id>.<timestamp>.<body>} under the endpoint's secret. A header may carry several
 * space-separated signatures (during a secret rotation a receiver may hold two secrets);
 * {@link #verify} accepts the message when any one of them matches.
 */
final class WebhookSignature {

	static final String VERSION = "v1";

	private WebhookSignature() {
	}

	static String sign(WebhookSecret secret, String id, long timestamp, byte[] body) {
		return VERSION + "," + Base64.getEncoder().encodeToString(mac(secret, id, timestamp, body));
	}

	static boolean verify(WebhookSecret secret, String id, long timestamp, byte[] body, String header) {
		if (header == null) {
			return false;
		}
		byte[] expected = mac(secret, id, timestamp, body);
		for (String signature : header.trim().split(" +")) {
			int comma = signature.indexOf(',');
			if (comma < 0 || !VERSION.equals(signature.substring(0, comma))) {
				continue;
			}
			byte[] given;
			try {
				given = Base64.getDecoder().decode(signature.substring(comma + 1));
			}
			catch (IllegalArgumentException notBase64) {
				continue;
			}
			// constant time: a receiver must not leak how much of a guess was right
			if (MessageDigest.isEqual(expected, given)) {
				return true;
			}
		}
		return false;
	}

	private static byte[] mac(WebhookSecret secret, String id, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException missing) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", missing);
		}
	}

}
