package dev.rustok.controlplane.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantNamesTests {

	@Test
	void namesTheRealmTheAudienceAndTheSchemaAfterTheTenantId() {
		assertThat(TenantNames.realm("corner-shop-7")).isEqualTo("tenant-corner-shop-7");
		assertThat(TenantNames.audience("corner-shop-7")).isEqualTo("shop-corner-shop-7");
		assertThat(TenantNames.schema("corner-shop-7")).isEqualTo("t_corner_shop_7");
	}

	@Test
	void refusesAnIdThatWouldNameSomethingElse() {
		assertThatIllegalArgumentException().isThrownBy(() -> TenantNames.realm("../master"));
		assertThatIllegalArgumentException().isThrownBy(() -> TenantNames.schema("acme\"; drop schema control"));
		assertThatIllegalArgumentException().isThrownBy(() -> TenantNames.realm(null));
	}

}
