package dev.rustok.controlplane.api;

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

}
