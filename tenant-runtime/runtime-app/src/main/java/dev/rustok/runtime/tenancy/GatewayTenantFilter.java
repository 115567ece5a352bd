package dev.rustok.runtime.tenancy;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;

import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.controlplane.api.TenantSignature.SignedRequest;
import dev.rustok.controlplane.api.TenantSignature.Verification;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.web.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts a request only for a tenant the gateway named and signed for this very request
 * (method, target, recent moment, never seen before on this node: docs/adr/0005), that
 * provisioning published and that is not suspended; everything after this filter may rely
 * on {@link CurrentTenant}. The route only says whether the tenant is served: its realm
 * and schema are derived from the signed id ({@link TenantNames}).
 */
class GatewayTenantFilter extends OncePerRequestFilter {

	static final String MDC_TENANT = "tenant";

	private static final Logger log = LoggerFactory.getLogger(GatewayTenantFilter.class);

	private final TenantSignature signature;

	private final TenantRoutes routes;

	private final Predicate<String> knownShards;

	private final ProblemResponses problems;

	private final Clock clock;

	private final SeenSignatures seen;

	GatewayTenantFilter(TenantSignature signature, TenantRoutes routes, Predicate<String> knownShards,
			ProblemResponses problems, Clock clock) {
		this.signature = signature;
		this.routes = routes;
		this.knownShards = knownShards;
		this.problems = problems;
		this.clock = clock;
		this.seen = new SeenSignatures();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// probes come from the platform, not through the gateway
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String tenantId = request.getHeader(GatewayHeaders.TENANT);
		String tenantSignature = request.getHeader(GatewayHeaders.TENANT_SIGNATURE);
		if (tenantId == null || tenantId.isBlank()) {
			reject(request, response, HttpStatus.BAD_REQUEST,
					"The request names no tenant: it must come through the gateway");
			return;
		}
		SignedRequest signed = SignedRequest.of(request.getMethod(), request.getRequestURI(), request.getQueryString(),
				tenantId);
		Verification verification = this.signature.verify(signed, tenantSignature, this.clock.instant());
		if (verification != Verification.VALID) {
			reject(request, response, HttpStatus.UNAUTHORIZED,
					(verification == Verification.EXPIRED) ? "The gateway's signature of this request has expired"
							: "The tenant header is not signed by the gateway for this request");
			return;
		}
		if (!this.seen.firstSighting(tenantSignature)) {
			reject(request, response, HttpStatus.UNAUTHORIZED, "This signed request was already served");
			return;
		}
		Optional<TenantRoute> route = this.routes.find(tenantId);
		if (route.isEmpty()) {
			reject(request, response, HttpStatus.NOT_FOUND, "There is no shop named " + tenantId);
			return;
		}
		if (!route.get().isServed()) {
			response.setHeader("Retry-After", "3600");
			reject(request, response, HttpStatus.SERVICE_UNAVAILABLE, "This shop is suspended");
			return;
		}
		String shard = route.get().shard();
		if (!this.knownShards.test(shard)) {
			log.error(
					"Tenant {} lives on shard '{}', which this node is not configured to reach (rustok.shards.{}.url)",
					tenantId, shard, shard);
			response.setHeader("Retry-After", "60");
			reject(request, response, HttpStatus.SERVICE_UNAVAILABLE,
					"This shop's database cannot be reached right now; try again later");
			return;
		}
		// the realm and schema follow from the signed tenant id, never from the route:
		// the shared map is writable by every cluster member (docs/adr/0010); the shard
		// only picks the database, and no other tenant's schema has this tenant's name
		CurrentTenant.set(request,
				new Tenant(new TenantId(tenantId), TenantNames.schema(tenantId), TenantNames.realm(tenantId), shard));
		// every log line written while serving the request names its tenant
		// (logging.pattern.level)
		MDC.put(MDC_TENANT, tenantId);
		try {
			continueOnShard(shard, request, response, chain);
		}
		finally {
			MDC.remove(MDC_TENANT);
		}
	}

	// every connection taken while serving the request comes from the tenant's shard
	private static void continueOnShard(String shard, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		try {
			TenantShards.on(shard, () -> {
				chain.doFilter(request, response);
				return null;
			});
		}
		catch (ServletException | IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
	}

	private void reject(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		this.problems.write(request, response, ProblemResponses.problem(status, detail));
	}

}
