package dev.rustok.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import dev.rustok.gateway.edge.TrustedProxies;
import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

	private final ClientAddress behindOneProxy = new ClientAddress(TrustedProxies.of(List.of("10.0.0.5")));

	@Test
	void aClientThatReachesTheGatewayDirectlyIsItsPeerWhateverItClaims() {
		MockServerHttpRequest request = from("198.51.100.7").header("X-Forwarded-For", "203.0.113.1").build();

		assertThat(this.behindOneProxy.of(request)).isEqualTo("198.51.100.7");
	}

	@Test
	void behindATrustedProxyTheClientIsTheAddressTheProxyAppended() {
		MockServerHttpRequest request = from("10.0.0.5").header("X-Forwarded-For", "192.0.2.66, 203.0.113.1").build();

		assertThat(this.behindOneProxy.of(request)).isEqualTo("203.0.113.1");
	}

	@Test
	void aHeaderThatIsNoAddressLeavesTheProxyAsTheClient() {
		MockServerHttpRequest request = from("10.0.0.5").header("X-Forwarded-For", "evil.example").build();

		assertThat(this.behindOneProxy.of(request)).isEqualTo("10.0.0.5");
	}

	@Test
	void anAddressIsCountedInOneSpellingOnly() {
		MockServerHttpRequest request = from("10.0.0.5").header("X-Forwarded-For", "2001:DB8::1").build();

		assertThat(this.behindOneProxy.of(request)).isEqualTo("2001:db8:0:0:0:0:0:1");
	}

	private static MockServerHttpRequest.BaseBuilder<?> from(String peer) {
		return MockServerHttpRequest.get("/").remoteAddress(new InetSocketAddress(peer, 40000));
	}

	@Test
	void behindABlockOfProxiesEveryHopTheyAppendedIsSkipped() {
		ClientAddress behindAnIngress = new ClientAddress(TrustedProxies.of(List.of("10.0.0.0/8", "fd00::/8")));
		MockServerHttpRequest request = from("fd00::7")
			.header("X-Forwarded-For", "192.0.2.66, 203.0.113.1, 10.1.2.3, 10.9.8.7")
			.build();

		assertThat(behindAnIngress.of(request)).isEqualTo("203.0.113.1");
	}

}
