package dev.rustok.runtime.storefront;

import dev.rustok.runtime.shared.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorefrontTests {

	@Test
	void showsTheTenantIdAsAShopName() {
		assertThat(Storefront.displayName(new TenantId("acme-books"))).isEqualTo("Acme Books");
		assertThat(Storefront.displayName(new TenantId("shop42"))).isEqualTo("Shop42");
	}

}
