package dev.rustok.runtime.webhooks;

import java.util.UUID;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receiver verifying with the endpoint's secret accepts exactly what was signed: any
 * changed byte of the body, another id or timestamp, or another secret fails.
 */
class WebhookSignaturePropertyTests {

	@Property
	void aSignedMessageVerifies(@ForAll @Size(max = 2048) byte[] body, @ForAll @LongRange(min = 0) long timestamp) {
		WebhookSecret secret = WebhookSecret.generate();
		String id = UUID.randomUUID().toString();

		String signature = WebhookSignature.sign(secret, id, timestamp, body);

		assertThat(signature).startsWith("v1,");
		assertThat(WebhookSignature.verify(secret, id, timestamp, body, signature)).isTrue();
	}

	@Property
	void anyChangedByteOfTheBodyFailsVerification(@ForAll @Size(min = 1, max = 2048) byte[] body,
			@ForAll @IntRange(min = 0, max = 2047) int position, @ForAll @IntRange(min = 1, max = 255) int flip) {
		Assume.that(position < body.length);
		WebhookSecret secret = WebhookSecret.generate();
		String signature = WebhookSignature.sign(secret, "msg_1", 1_700_000_000L, body);
		byte[] tampered = body.clone();
		tampered[position] ^= (byte) flip;

		assertThat(WebhookSignature.verify(secret, "msg_1", 1_700_000_000L, tampered, signature)).isFalse();
	}

	@Property
	void anotherIdTimestampOrSecretFailsVerification(@ForAll @Size(max = 512) byte[] body,
			@ForAll @LongRange(min = 0, max = Long.MAX_VALUE - 1) long timestamp) {
		WebhookSecret secret = WebhookSecret.generate();
		String signature = WebhookSignature.sign(secret, "msg_1", timestamp, body);

		assertThat(WebhookSignature.verify(secret, "msg_2", timestamp, body, signature)).isFalse();
		assertThat(WebhookSignature.verify(secret, "msg_1", timestamp + 1, body, signature)).isFalse();
		assertThat(WebhookSignature.verify(WebhookSecret.generate(), "msg_1", timestamp, body, signature)).isFalse();
	}

	@Property
	void anySignatureOfSeveralMayMatch(@ForAll @Size(max = 256) byte[] body) {
		WebhookSecret secret = WebhookSecret.generate();
		String other = WebhookSignature.sign(WebhookSecret.generate(), "msg_1", 42, body);
		String ours = WebhookSignature.sign(secret, "msg_1", 42, body);

		assertThat(WebhookSignature.verify(secret, "msg_1", 42, body, other + " " + ours)).isTrue();
		assertThat(WebhookSignature.verify(secret, "msg_1", 42, body, other)).isFalse();
		assertThat(WebhookSignature.verify(secret, "msg_1", 42, body, "v2," + ours.substring(3))).isFalse();
	}

}
