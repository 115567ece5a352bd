package dev.rustok.runtime.tenancy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.controlplane.api.TenantSignature.SignedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeenSignaturesTests {

	private static final Instant START = Instant.parse("2026-11-25T20:00:00Z");

	private static final long WINDOW = TenantSignature.WINDOW.toSeconds();

	private final TenantSignature gateway = new TenantSignature("seen-signatures-test-secret");

	@Test
	void aSignatureIsRememberedForAsLongAsItCouldVerify() {
		SeenSignatures seen = new SeenSignatures();
		String signature = signedAt(START, "/api/store/products");
		assertThat(seen.firstSighting(signature)).isTrue();

		// the gateway goes on signing other requests in every second the first one
		// verifies in
		for (long second = -WINDOW; second <= WINDOW; second++) {
			for (int i = 0; i < 50; i++) {
				assertThat(seen.firstSighting(signedAt(START.plusSeconds(second), "/p/" + i))).isTrue();
			}
			assertThat(seen.firstSighting(signature)).as("replayed at %+d s", second).isFalse();
		}
	}

	@Test
	void everyRequestOfOneSecondIsSeenOnceWhateverTheirNumber() {
		SeenSignatures seen = new SeenSignatures();
		List<String> signatures = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			signatures.add(signedAt(START, "/api/store/products?page=" + i));
		}

		assertThat(signatures).allMatch(seen::firstSighting);
		assertThat(signatures).noneMatch(seen::firstSighting);
	}

	@Test
	void forgetsASignatureOnceItsSecondHasLongExpired() {
		SeenSignatures seen = new SeenSignatures();
		String old = signedAt(START, "/old");
		seen.firstSighting(old);

		// a request signed 64 s later takes the old second's place: by then the old one
		// no longer verifies, so forgetting it lets nothing through
		seen.firstSighting(signedAt(START.plusSeconds(64), "/later"));

		assertThat(this.gateway.verify(new SignedRequest("GET", "/old", "shop"), old, START.plusSeconds(64)))
			.isEqualTo(TenantSignature.Verification.EXPIRED);
		assertThat(seen.firstSighting(old)).isTrue();
	}

	private String signedAt(Instant at, String target) {
		return this.gateway.sign(new SignedRequest("GET", target, "shop"), at, UUID.randomUUID().toString());
	}

}
