package dev.rustok.runtime.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantIdTests {

	@Test
	void isTheSlugTheGatewaySigned() {
		assertThat(new TenantId("acme-books")).hasToString("acme-books").isEqualTo(new TenantId("acme-books"));
	}

	@Test
	void refusesWhatCouldNotBeASlug() {
		for (String notASlug : new String[] { "", "Acme", "acme_books", "-acme", "acme-", "a--b", "t\"x",
				"a".repeat(64) }) {
			assertThatIllegalArgumentException().as(notASlug).isThrownBy(() -> new TenantId(notASlug));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new TenantId(null));
	}

}
