package dev.rustok.controlplane.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantSignatureTests {

	private final TenantSignature signature = new TenantSignature("a-secret-only-gateway-and-runtime-know");

	@Test
	void rejectsAMissingTenantOrSignature() {
		assertThat(this.signature.verify(null, "x")).isFalse();
		assertThat(this.signature.verify("acme", null)).isFalse();
		assertThat(this.signature.verify("acme", "")).isFalse();
	}

	@Test
	void refusesASecretTooShortToResistGuessing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TenantSignature("short"));
	}

}
