package dev.rustok.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantOrderTests {

	private static final OwnerPassword PASSWORD = new OwnerPassword("{}", "{}");

	@Test
	void namesTheSchemaRealmAndHostAfterTheSlug() {
		TenantOrder order = new TenantOrder("acme-shoes", "Acme Shoes", "jo@acme.example", PASSWORD, "trial");

		assertThat(order.schema()).isEqualTo("t_acme_shoes");
		assertThat(order.realm()).isEqualTo("tenant-acme-shoes");
		assertThat(order.host("localhost")).isEqualTo("acme-shoes.localhost");
	}

	@Test
	void rejectsASlugThatCouldEscapeAnIdentifier() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TenantOrder("acme\"; drop schema x", "Acme", "jo@acme.example", PASSWORD, "trial"))
			.withMessageStartingWith("slug");
	}

	@Test
	void rejectsAPlanBillingDoesNotKnow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TenantOrder("acme", "Acme", "jo@acme.example", PASSWORD, "gold"))
			.withMessageContaining("gold");
	}

	@Test
	void rejectsABlankShopNameAndAnAddressWithoutAt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TenantOrder("acme", " ", "jo@acme.example", PASSWORD, "trial"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TenantOrder("acme", "Acme", "jo.acme.example", PASSWORD, "trial"));
	}

}
