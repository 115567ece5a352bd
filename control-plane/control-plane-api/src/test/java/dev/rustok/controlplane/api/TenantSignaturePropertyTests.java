package dev.rustok.controlplane.api;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

class TenantSignaturePropertyTests {

	private final TenantSignature gateway = new TenantSignature("a-secret-only-gateway-and-runtime-know");

	@Property
	void aSignatureVerifiesForTheTenantItWasMadeFor(
			@ForAll @AlphaChars @NumericChars @StringLength(min = 3, max = 40) String tenant) {
		assertThat(this.gateway.verify(tenant, this.gateway.sign(tenant))).isTrue();
	}

	@Property
	void aSignatureNeverVerifiesForAnotherTenant(@ForAll @AlphaChars @StringLength(min = 3, max = 40) String tenant,
			@ForAll @AlphaChars @StringLength(min = 3, max = 40) String other) {
		Assume.that(!tenant.equals(other));
		assertThat(this.gateway.verify(other, this.gateway.sign(tenant))).isFalse();
	}

	@Property
	void aSignatureMadeWithAnotherSecretNeverVerifies(
			@ForAll @AlphaChars @StringLength(min = 3, max = 40) String tenant) {
		TenantSignature forger = new TenantSignature("a-guess-at-the-secret-which-is-wrong");
		assertThat(this.gateway.verify(tenant, forger.sign(tenant))).isFalse();
	}

}
