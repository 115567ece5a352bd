package dev.rustok.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicAddressTests {

	@Test
	void leavesTheSchemesDefaultPortOutOfAnOrigin() {
		assertThat(new PublicAddress("https", 443).origin("acme.shops.example"))
			.isEqualTo("https://acme.shops.example");
		assertThat(new PublicAddress("http", 80).origin("acme.localhost")).isEqualTo("http://acme.localhost");
		assertThat(new PublicAddress("HTTP", 8080).origin("Acme.Localhost")).isEqualTo("http://acme.localhost:8080");
		assertThat(new PublicAddress("https", 8443).origin("acme.example")).isEqualTo("https://acme.example:8443");
	}

	@Test
	void refusesASchemeBrowsersDoNotLogInOverAndAnImpossiblePort() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicAddress("ftp", 21));
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicAddress("https", 0));
	}

}
