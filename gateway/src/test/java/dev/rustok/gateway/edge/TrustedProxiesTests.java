package dev.rustok.gateway.edge;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrustedProxiesTests {

	@Test
	void anExactAddressTrustsThatPeerAndNoNeighbour() {
		TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.5"));

		assertThat(proxies.trusts(address("10.0.0.5"))).isTrue();
		assertThat(proxies.trusts(address("10.0.0.6"))).isFalse();
		assertThat(proxies.trusts(address("10.0.0.4"))).isFalse();
	}

	@Test
	void aCidrBlockTrustsEveryPeerInsideItAndNoneOutside() {
		TrustedProxies proxies = TrustedProxies.of(List.of("10.20.0.0/14"));

		assertThat(proxies.trusts(address("10.20.0.1"))).isTrue();
		assertThat(proxies.trusts(address("10.23.255.254"))).isTrue();
		assertThat(proxies.trusts(address("10.24.0.0"))).isFalse();
		assertThat(proxies.trusts(address("10.19.255.255"))).isFalse();
		assertThat(proxies.trusts(address("11.20.0.1"))).isFalse();
	}

	@Test
	void ipv6AddressesAndBlocksMatchInAnySpelling() {
		TrustedProxies proxies = TrustedProxies.of(List.of("2001:DB8::1", "fd00:1234::/32"));

		assertThat(proxies.trusts(address("2001:db8:0:0:0:0:0:1"))).isTrue();
		assertThat(proxies.trusts(address("2001:db8::2"))).isFalse();
		assertThat(proxies.trusts(address("fd00:1234:ffff::9"))).isTrue();
		assertThat(proxies.trusts(address("fd00:1235::9"))).isFalse();
	}

	@Test
	void anIpv4PeerNeverMatchesAnIpv6BlockNorTheOtherWayRound() {
		assertThat(TrustedProxies.of(List.of("::/1")).trusts(address("192.0.2.1"))).isFalse();
		assertThat(TrustedProxies.of(List.of("128.0.0.0/1")).trusts(address("2001:db8::1"))).isFalse();
		assertThat(TrustedProxies.of(List.of("128.0.0.0/1")).trusts(address("192.0.2.1"))).isTrue();
	}

	@Test
	void aBlockOfEveryAddressIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.5", "0.0.0.0/0")))
			.withMessage("rustok.gateway.rate-limits.trusted-proxies: '0.0.0.0/0' "
					+ "trusts every address; name the proxies' own addresses or blocks");
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("::/0")))
			.withMessageContaining("trusts every address");
	}

	@Test
	void anEmptyListTrustsNobody() {
		TrustedProxies proxies = TrustedProxies.of(List.of("", " "));

		assertThat(proxies.isEmpty()).isTrue();
		assertThat(proxies.trusts(address("127.0.0.1"))).isFalse();
	}

	@Test
	void aHostNameIsRefusedNotLookedUp() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.5", "proxy.example")))
			.withMessage("rustok.gateway.rate-limits.trusted-proxies: 'proxy.example' "
					+ "is neither an IP address nor a CIDR block");
	}

	@Test
	void aPrefixLongerThanTheAddressIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")))
			.withMessage("rustok.gateway.rate-limits.trusted-proxies: '10.0.0.0/33' "
					+ "has a prefix length outside 0 to 32");
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("2001:db8::/x")))
			.withMessageContaining("outside 0 to 128");
	}

	@Test
	void theGatewayRefusesToStartWithAMalformedEntry() {
		new ApplicationContextRunner().withUserConfiguration(EdgeConfiguration.class, EdgeProperties.class)
			.withPropertyValues("rustok.gateway.rate-limits.trusted-proxies=127.0.0.1,10.0.0.0/8,ingress.local")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("'ingress.local' is neither an IP address nor a CIDR block"));
	}

	@Test
	void theGatewayReadsTheListCommaSeparatedOrAsAYamlList() {
		new ApplicationContextRunner().withUserConfiguration(EdgeConfiguration.class, EdgeProperties.class)
			.withPropertyValues("rustok.gateway.rate-limits.trusted-proxies=127.0.0.1, 10.0.0.0/8,::1")
			.run((context) -> assertThat(context.getBean(TrustedProxies.class).trusts(address("10.1.2.3"))).isTrue());
		new ApplicationContextRunner().withUserConfiguration(EdgeConfiguration.class, EdgeProperties.class)
			.withPropertyValues("rustok.gateway.rate-limits.trusted-proxies[0]=127.0.0.1",
					"rustok.gateway.rate-limits.trusted-proxies[1]=10.0.0.0/8")
			.run((context) -> assertThat(context.getBean(TrustedProxies.class).trusts(address("10.1.2.3"))).isTrue());
	}

	private static InetAddress address(String literal) {
		return TrustedProxies.literal(literal);
	}

	@EnableConfigurationProperties(SecurityHeadersProperties.class)
	static class EdgeProperties {

	}

}
