package dev.rustok.gateway.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.rustok.billing.Plan;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.gateway.routing.RoutedRequests;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * The {@code KeyResolver}: which limits a request counts against. A shop's request counts
 * against its storefront or admin API limit by the plan on its route; a request without
 * credentials also against its client address; a signup also against the signups of its
 * client address; a password or token attempt at Keycloak also against the logins of its
 * client address. No limit, no key: the request passes.
 */
class RequestLimits implements KeyResolver {

	private static final String ADMIN_API = "/api/admin/";

	// the signup API and the portal's form without JavaScript
	private static final Set<String> SIGNUP_PATHS = Set.of("/api/signup", "/signup");

	// Keycloak's login form and token endpoint (docs/adr/0091): where passwords are tried
	private static final Pattern LOGIN_PATHS = Pattern
		.compile("/realms/[^/]+/(protocol/openid-connect/token|login-actions/authenticate)");

	private final ClientAddress clientAddress;

	RequestLimits(ClientAddress clientAddress) {
		this.clientAddress = clientAddress;
	}

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		List<Limit> limits = limitsOf(exchange);
		return limits.isEmpty() ? Mono.empty() : Mono.just(LimitKeys.encode(limits));
	}

	List<Limit> limitsOf(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		List<Limit> limits = new ArrayList<>(3);
		RoutedRequests.servedTenant(exchange).ifPresent((route) -> limits.add(shopLimit(route, path)));
		boolean anonymous = !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		boolean signup = RoutedRequests.toControlPlane(exchange) && HttpMethod.POST.equals(request.getMethod())
				&& SIGNUP_PATHS.contains(path);
		boolean login = RoutedRequests.toIdentityProvider(exchange) && HttpMethod.POST.equals(request.getMethod())
				&& LOGIN_PATHS.matcher(path).matches();
		if (anonymous || signup || login) {
			String client = this.clientAddress.of(request);
			if (anonymous) {
				limits.add(new Limit.AnonymousClient(client));
			}
			if (signup) {
				limits.add(new Limit.Signup(client));
			}
			if (login) {
				limits.add(new Limit.Login(client));
			}
		}
		return limits;
	}

	private static Limit shopLimit(TenantRoute route, String path) {
		// a code no plan has (a tampered route) is limited as trial, the smallest plan
		String plan = Plan.find(route.plan()).orElse(Plan.TRIAL).code();
		return path.startsWith(ADMIN_API) ? new Limit.AdminApi(route.tenantId(), plan)
				: new Limit.Storefront(route.tenantId(), plan);
	}

}
