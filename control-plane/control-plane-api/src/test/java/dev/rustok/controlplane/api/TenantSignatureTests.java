package dev.rustok.controlplane.api;

import java.time.Instant;

import dev.rustok.controlplane.api.TenantSignature.SignedRequest;
import dev.rustok.controlplane.api.TenantSignature.Verification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantSignatureTests {

	private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");

	private static final SignedRequest LIST_PRODUCTS = SignedRequest.of("GET", "/api/products", "page=2", "acme");

	private final TenantSignature signature = new TenantSignature("a-secret-only-gateway-and-runtime-know");

	@Test
	void verifiesTheRequestItWasMadeForWithinTheWindow() {
		String header = this.signature.sign(LIST_PRODUCTS, NOW, "bm9uY2U");

		assertThat(this.signature.verify(LIST_PRODUCTS, header, NOW.plusSeconds(29))).isEqualTo(Verification.VALID);
		assertThat(this.signature.verify(LIST_PRODUCTS, header, NOW.minusSeconds(29))).isEqualTo(Verification.VALID);
	}

	@Test
	void aSignatureOlderThanTheWindowHasExpired() {
		String header = this.signature.sign(LIST_PRODUCTS, NOW, "bm9uY2U");

		assertThat(this.signature.verify(LIST_PRODUCTS, header, NOW.plusSeconds(31))).isEqualTo(Verification.EXPIRED);
	}

	@Test
	void aSignatureIsGoodForNoOtherMethodTargetOrTenant() {
		String header = this.signature.sign(LIST_PRODUCTS, NOW, "bm9uY2U");

		for (SignedRequest altered : new SignedRequest[] {
				SignedRequest.of("DELETE", "/api/products", "page=2", "acme"),
				SignedRequest.of("GET", "/api/admin/products", "page=2", "acme"),
				SignedRequest.of("GET", "/api/products", "page=3", "acme"),
				SignedRequest.of("GET", "/api/products", null, "acme"),
				SignedRequest.of("GET", "/api/products", "page=2", "other") }) {
			assertThat(this.signature.verify(altered, header, NOW)).as(altered.toString())
				.isEqualTo(Verification.NOT_SIGNED);
		}
	}

	@Test
	void aMovedTimestampOrNonceBreaksTheSignature() {
		String header = this.signature.sign(LIST_PRODUCTS, NOW, "bm9uY2U");
		String[] parts = header.split("\\.");

		String moved = parts[0] + "." + (NOW.getEpochSecond() + 60) + "." + parts[2] + "." + parts[3];
		String otherNonce = parts[0] + "." + parts[1] + ".b3RoZXI." + parts[3];

		assertThat(this.signature.verify(LIST_PRODUCTS, moved, NOW.plusSeconds(60))).isEqualTo(Verification.NOT_SIGNED);
		assertThat(this.signature.verify(LIST_PRODUCTS, otherNonce, NOW)).isEqualTo(Verification.NOT_SIGNED);
	}

	@Test
	void everySignatureOfTheSameRequestIsDifferent() {
		assertThat(this.signature.sign(LIST_PRODUCTS)).isNotEqualTo(this.signature.sign(LIST_PRODUCTS));
	}

	@Test
	void rejectsAMissingOrMalformedSignature() {
		assertThat(this.signature.verify(LIST_PRODUCTS, null, NOW)).isEqualTo(Verification.NOT_SIGNED);
		assertThat(this.signature.verify(LIST_PRODUCTS, "", NOW)).isEqualTo(Verification.NOT_SIGNED);
		assertThat(this.signature.verify(LIST_PRODUCTS, "v1.x.y.z", NOW)).isEqualTo(Verification.NOT_SIGNED);
		assertThat(this.signature.verify(LIST_PRODUCTS, "v0.1.2.3", NOW)).isEqualTo(Verification.NOT_SIGNED);
	}

	@Test
	void refusesASecretTooShortToResistGuessing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TenantSignature("short"));
	}

}
