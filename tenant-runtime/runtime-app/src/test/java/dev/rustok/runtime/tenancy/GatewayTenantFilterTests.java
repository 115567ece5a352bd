package dev.rustok.runtime.tenancy;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.controlplane.api.TenantSignature.SignedRequest;
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

	private final GatewayTenantFilter filter = new GatewayTenantFilter(SIGNATURE,
			(tenantId) -> Optional.of(ACME).filter((route) -> route.tenantId().equals(tenantId)), null,
			Clock.systemUTC());

	@Test
	void logLinesWrittenWhileServingARequestNameItsTenantAndNoOtherRequestInherits() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/products");
		request.addHeader(GatewayHeaders.TENANT, "acme");
		request.addHeader(GatewayHeaders.TENANT_SIGNATURE,
				SIGNATURE.sign(SignedRequest.of("GET", "/api/products", null, "acme")));
		AtomicReference<String> tenantSeenByTheHandler = new AtomicReference<>();

		this.filter.doFilter(request, new MockHttpServletResponse(),
				(req, res) -> tenantSeenByTheHandler.set(MDC.get(GatewayTenantFilter.MDC_TENANT)));

		assertThat(tenantSeenByTheHandler).hasValue("acme");
		assertThat(MDC.get(GatewayTenantFilter.MDC_TENANT)).isNull();
	}

}
