package dev.rustok.gateway.edge;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AmbiguousRequestsTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/products", "/api/products/tea-1", "/a..b/c.d", "/%C3%A9t%C3%A9", "/products/.well",
			"/blog/2026/11/hello-world" })
	void forwardsAPathThatReadsOneWayOnly(String path) {
		assertThat(AmbiguousRequests.find(List.of("acme.rustok.test"), path)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "//actuator/health", "/actuator;x/health", "/a/%2E%2E/b", "/a/./b", "/a/..", "/a%2Fb",
			"/a%5cb", "/a\\b", "/a%252fb", "/a%0d%0ab", "/a%7F" })
	void refusesAPathThatAServerCouldReadAnotherWay(String path) {
		assertThat(AmbiguousRequests.find(List.of("acme.rustok.test"), path))
			.hasValueSatisfying((ambiguity) -> assertThat(ambiguity.field()).isEqualTo("path"));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "acme.rustok.test", "acme.rustok.test:8080", "127.0.0.1", "[::1]:8080", "ACME.Rustok.Test." })
	void acceptsOneValidHost(String host) {
		assertThat(AmbiguousRequests.ofHost(List.of(host))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "user@acme.rustok.test", "acme.rustok.test, evil.test", "acme rustok", "acme:port",
			"acme.rustok.test/x" })
	void refusesAnInvalidHost(String host) {
		assertThat(AmbiguousRequests.ofHost(List.of(host)))
			.hasValueSatisfying((ambiguity) -> assertThat(ambiguity.field()).isEqualTo("Host"));
	}

	@Test
	void refusesTwoHostsAndNone() {
		assertThat(AmbiguousRequests.ofHost(List.of("a.rustok.test", "b.rustok.test"))).isPresent();
		assertThat(AmbiguousRequests.ofHost(List.of())).isPresent();
		assertThat(AmbiguousRequests.ofHost(null)).isPresent();
	}

}
