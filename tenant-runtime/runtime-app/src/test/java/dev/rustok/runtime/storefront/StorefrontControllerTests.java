package dev.rustok.runtime.storefront;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorefrontControllerTests {

	@Test
	void showsTheTenantIdAsAShopName() {
		assertThat(StorefrontController.displayName("acme-books")).isEqualTo("Acme Books");
		assertThat(StorefrontController.displayName("shop42")).isEqualTo("Shop42");
	}

}
