package dev.rustok.gateway.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostNameTests {

	@Test
	void keysAHostLowerCaseWithoutItsPort() {
		assertThat(HostName.of("Acme.Localhost:8080")).isEqualTo("acme.localhost");
	}

	@Test
	void dropsTheTrailingDotOfAFullyQualifiedName() {
		assertThat(HostName.of("acme.rustok.dev.")).isEqualTo("acme.rustok.dev");
	}

	@Test
	void keepsAnIpv6LiteralWhole() {
		assertThat(HostName.of("[::1]:8080")).isEqualTo("[::1]");
	}

	@Test
	void treatsAMissingHostAsEmpty() {
		assertThat(HostName.of(null)).isEmpty();
	}

}
