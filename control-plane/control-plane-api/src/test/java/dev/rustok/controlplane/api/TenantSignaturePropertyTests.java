package dev.rustok.controlplane.api;

import java.time.Instant;

import dev.rustok.controlplane.api.TenantSignature.SignedRequest;
import dev.rustok.controlplane.api.TenantSignature.Verification;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

class TenantSignaturePropertyTests {

	private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");

	private final TenantSignature gateway = new TenantSignature("a-secret-only-gateway-and-runtime-know");

	@Property
	void aSignatureVerifiesForTheRequestItWasMadeFor(
			@ForAll @AlphaChars @NumericChars @StringLength(min = 3, max = 40) String tenant,
			@ForAll @AlphaChars @StringLength(min = 1, max = 60) String path) {
		SignedRequest request = SignedRequest.of("GET", "/" + path, null, tenant);

		assertThat(this.gateway.verify(request, this.gateway.sign(request, NOW, "bm9uY2U"), NOW))
			.isEqualTo(Verification.VALID);
	}

	@Property
	void aSignatureNeverVerifiesForAnotherTenant(@ForAll @AlphaChars @StringLength(min = 3, max = 40) String tenant,
			@ForAll @AlphaChars @StringLength(min = 3, max = 40) String other) {
		Assume.that(!tenant.equals(other));
		String header = this.gateway.sign(SignedRequest.of("GET", "/", null, tenant), NOW, "bm9uY2U");

		assertThat(this.gateway.verify(SignedRequest.of("GET", "/", null, other), header, NOW))
			.isEqualTo(Verification.NOT_SIGNED);
	}

	@Property
	void aSignatureNeverVerifiesForAnotherPath(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String path,
			@ForAll @AlphaChars @StringLength(min = 1, max = 40) String other) {
		Assume.that(!path.equals(other));
		String header = this.gateway.sign(SignedRequest.of("GET", "/" + path, null, "acme"), NOW, "bm9uY2U");

		assertThat(this.gateway.verify(SignedRequest.of("GET", "/" + other, null, "acme"), header, NOW))
			.isEqualTo(Verification.NOT_SIGNED);
	}

	@Property
	void aSignatureMadeWithAnotherSecretNeverVerifies(
			@ForAll @AlphaChars @StringLength(min = 3, max = 40) String tenant) {
		TenantSignature forger = new TenantSignature("a-guess-at-the-secret-which-is-wrong");
		SignedRequest request = SignedRequest.of("GET", "/", null, tenant);

		assertThat(this.gateway.verify(request, forger.sign(request, NOW, "bm9uY2U"), NOW))
			.isEqualTo(Verification.NOT_SIGNED);
	}

}
