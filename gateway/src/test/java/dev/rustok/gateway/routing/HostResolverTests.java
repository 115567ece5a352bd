package dev.rustok.gateway.routing;

import java.util.Map;

import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.gateway.routing.HostResolution.ControlPlane;
import dev.rustok.gateway.routing.HostResolution.GatewayItself;
import dev.rustok.gateway.routing.HostResolution.IdentityProvider;
import dev.rustok.gateway.routing.HostResolution.ServedTenant;
import dev.rustok.gateway.routing.HostResolution.SuspendedTenant;
import dev.rustok.gateway.routing.HostResolution.UnknownHost;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class HostResolverTests {

	private static final TenantRoute ACME = new TenantRoute("acme.rustok.test", "acme", TenantStatus.ACTIVE,
			"tenant-acme", "trial", "t_acme");

	private static final TenantRoute FROZEN = new TenantRoute("frozen.rustok.test", "frozen", TenantStatus.SUSPENDED,
			"tenant-frozen", "trial", "t_frozen");

	private final Map<String, TenantRoute> published = Map.of(ACME.host(), ACME, FROZEN.host(), FROZEN);

	private final HostResolver resolver = new HostResolver(new PlatformProperties("Rustok.Test"),
			(host) -> Mono.justOrEmpty(this.published.get(host)));

	@Test
	void keepsLocalhostAndIpAddressesForTheGatewayItself() {
		assertThat(resolve("localhost")).isInstanceOf(GatewayItself.class);
		assertThat(resolve("127.0.0.1")).isInstanceOf(GatewayItself.class);
		assertThat(resolve("10.42.0.17")).isInstanceOf(GatewayItself.class);
		assertThat(resolve("[::1]")).isInstanceOf(GatewayItself.class);
	}

	@Test
	void sendsThePortalAndConsoleToTheControlPlane() {
		assertThat(resolve("portal.rustok.test")).isInstanceOf(ControlPlane.class);
		assertThat(resolve("console.rustok.test")).isInstanceOf(ControlPlane.class);
	}

	@Test
	void sendsTheAuthHostToKeycloak() {
		assertThat(resolve("auth.rustok.test")).isInstanceOf(IdentityProvider.class);
	}

	@Test
	void servesOnlyActiveTenants() {
		assertThat(resolve("acme.rustok.test")).isEqualTo(new ServedTenant(ACME));
		assertThat(resolve("frozen.rustok.test")).isEqualTo(new SuspendedTenant(FROZEN));
		assertThat(resolve("globex.rustok.test")).isInstanceOf(UnknownHost.class);
	}

	private HostResolution resolve(String host) {
		return this.resolver.resolve(host).block();
	}

}
