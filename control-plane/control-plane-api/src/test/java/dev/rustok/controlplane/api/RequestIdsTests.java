package dev.rustok.controlplane.api;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTests {

	@Test
	void keepsAWellFormedIdAClientSent() {
		assertThat(RequestIds.acceptOrCreate("checkout-7f3a.retry:2")).isEqualTo("checkout-7f3a.retry:2");
	}

	@Test
	void replacesAMissingOverlongOrStrangeId() {
		for (String sent : new String[] { null, "", "a".repeat(65), "x y", "id\r\nSet-Cookie: a=b", "<script>",
				"-leading-dash" }) {
			assertThat(RequestIds.acceptOrCreate(sent)).as(String.valueOf(sent))
				.isNotEqualTo(sent)
				.matches("[0-9a-f-]{36}");
		}
	}

	@Test
	void madeUpIdsAreVersionFourUuidsAndDoNotRepeat() {
		Set<String> made = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			UUID id = UUID.fromString(RequestIds.acceptOrCreate(null));
			assertThat(id.version()).isEqualTo(4);
			assertThat(id.variant()).isEqualTo(2);
			made.add(id.toString());
		}
		assertThat(made).hasSize(10_000);
	}

}
