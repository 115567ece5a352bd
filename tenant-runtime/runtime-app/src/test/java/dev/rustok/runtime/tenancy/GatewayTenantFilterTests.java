package dev.rustok.runtime.tenancy;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.TenantSignature.SignedRequest;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.controlplane.api.TenantStatus;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayTenantFilterTests {

	private static final TenantSignature SIGNATURE = new TenantSignature("a-secret-only-gateway-and-runtime-know");

	private static final TenantRoute ACME = new TenantRoute("acme.localhost", "acme", TenantStatus.ACTIVE,
			"tenant-acme", "trial", "t_acme");

	private static final TenantRoute BOLD = new TenantRoute("bold.localhost", "bold", TenantStatus.ACTIVE,
			"tenant-bold", "trial", "t_bold", "second");

	private final GatewayTenantFilter filter = new GatewayTenantFilter(SIGNATURE,
			(tenantId) -> Stream.of(ACME, BOLD).filter((route) -> route.tenantId().equals(tenantId)).findFirst(),
			Set.of(TenantRoute.DEFAULT_SHARD, "second")::contains, null, Clock.systemUTC());

	@Test
	void logLinesWrittenWhileServingARequestNameItsTenantAndNoOtherRequestInherits() throws Exception {
		String tenantSeenByTheHandler = serve(signedRequest("acme"), () -> MDC.get(GatewayTenantFilter.MDC_TENANT));

		assertThat(tenantSeenByTheHandler).isEqualTo("acme");
		assertThat(MDC.get(GatewayTenantFilter.MDC_TENANT)).isNull();
	}

	@Test
	void everyConnectionTakenWhileServingARequestComesFromItsTenantsShard() throws Exception {
		MockHttpServletRequest request = signedRequest("bold");

		String shardSeenByTheHandler = serve(request, TenantShards::current);

		assertThat(shardSeenByTheHandler).isEqualTo("second");
		assertThat(CurrentTenant.of(request))
			.hasValueSatisfying((tenant) -> assertThat(tenant.shard()).isEqualTo("second"));
		assertThat(TenantShards.current()).isEqualTo(TenantRoute.DEFAULT_SHARD);
	}

	private static MockHttpServletRequest signedRequest(String tenantId) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/products");
		request.addHeader(GatewayHeaders.TENANT, tenantId);
		request.addHeader(GatewayHeaders.TENANT_SIGNATURE,
				SIGNATURE.sign(SignedRequest.of("GET", "/api/products", null, tenantId)));
		return request;
	}

	// what the handler behind the filter sees
	private String serve(MockHttpServletRequest request, Supplier<String> seen) throws Exception {
		AtomicReference<String> seenByTheHandler = new AtomicReference<>();
		this.filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seenByTheHandler.set(seen.get()));
		return seenByTheHandler.get();
	}

}
