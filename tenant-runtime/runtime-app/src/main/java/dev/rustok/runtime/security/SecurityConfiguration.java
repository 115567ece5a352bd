package dev.rustok.runtime.security;

import dev.rustok.runtime.web.problem.ProblemResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what (docs/adr/0028): the storefront, its API and product reads are public;
 * the admin API needs a token of the tenant's own realm. Every staff role reads it,
 * owner, admin and editor change the catalogue and stock, and only owner and admin change
 * the shop's settings and its orders. Stateless, so no CSRF token: nothing is
 * authenticated by a cookie.
 */
// method security: the GraphQL admin fields check their roles with @PreAuthorize
// (docs/adr/0047)
@EnableMethodSecurity
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] SETTINGS_ROLES = { "owner", "admin" };

	static final String[] CHECKOUT_RULES = { "/api/admin/shipping-methods/**", "/api/admin/tax-rates/**",
			"/api/admin/discount-codes/**" };

	// the shopper's cart and checkout, found by the cart cookie (docs/adr/0071)
	static final String[] SHOPPER_WRITES = { "/api/store/cart", "/api/store/cart/**", "/api/store/checkout",
			"/api/store/checkout/**", "/cart", "/cart/**", "/checkout", "/checkout/**" };

	// orders move money (refunds): editors read them but do not change them
	// (docs/adr/0060)
	static final String[] ORDER_ROLES = { "owner", "admin" };

	static final String[] CATALOG_ROLES = { "owner", "admin", "editor" };

	static final String[] STAFF_ROLES = { "owner", "admin", "editor", "viewer" };

	// colleagues' accounts are personal data: editors and viewers do not even list them
	// (docs/adr/0078)
	static final String[] STAFF_ADMIN_ROLES = { "owner", "admin" };

	static final String[] CUSTOMER_API = { "/api/store/customer", "/api/store/customer/**" };

	static final String[] PUBLIC_READS = { "/", "/api/store/**", "/products/**", "/collections/**", "/categories/**",
			"/search", "/css/**", "/js/**", "/admin", "/admin/**", "/api/openapi.json", "/api/openapi.yaml",
			"/graphql/schema" };

	// with an ObservationRegistry present, Spring Security wraps each of its filters in
	// an
	// observation, and management.observations.enable.spring.security=false only makes
	// them
	// no-ops after the wrapping: the wrappers were 6 % of a storefront read's CPU under
	// load
	// (docs/adr/0108). Not decorating the chain at all is what that property meant.
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, KeycloakProperties keycloak, ProblemResponses problems)
			throws Exception {
		var entryPoint = new ProblemAuthenticationEntryPoint(problems);
		var accessDenied = new ProblemAccessDeniedHandler(problems);
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
						.permitAll()
						// served on the management port only, which binds to loopback
						// (docs/adr/0066, 0088)
						.requestMatchers("/actuator/reindex", "/actuator/deadletters", "/actuator/deadletters/**")
						.permitAll()
						// HEAD answers like GET; a plain OPTIONS only lists the methods
						// (a CORS preflight never gets here: the gateway answers it,
						// docs/adr/0052)
						.requestMatchers(HttpMethod.OPTIONS)
						.permitAll()
						// a customer's own account: customer tokens only, before the
						// public /api/store/** reads (docs/adr/0075)
						.requestMatchers(CUSTOMER_API)
						.access(CustomerTokens.ONLY)
						// the account pages and the sign-in redirects check the
						// customer's session cookie themselves (customers.SessionCookies)
						.requestMatchers("/account", "/account/**", "/auth/**")
						.permitAll()
						.requestMatchers(HttpMethod.GET, PUBLIC_READS)
						.permitAll()
						.requestMatchers(HttpMethod.HEAD, PUBLIC_READS)
						.permitAll()
						// GraphQL answers storefront queries to anyone; admin mutations
						// check
						// the same roles inside the GraphQL layer
						.requestMatchers(HttpMethod.POST, "/graphql")
						.permitAll()
						.requestMatchers("/api/admin/staff", "/api/admin/staff/**")
						.hasAnyRole(STAFF_ADMIN_ROLES)
						.requestMatchers(SHOPPER_WRITES)
						.permitAll()
						.requestMatchers(HttpMethod.GET, "/api/admin/**")
						.hasAnyRole(STAFF_ROLES)
						.requestMatchers(HttpMethod.HEAD, "/api/admin/**")
						.hasAnyRole(STAFF_ROLES)
						.requestMatchers("/api/admin/settings", "/api/admin/settings/**", "/api/admin/events/**")
						.hasAnyRole(SETTINGS_ROLES)
						// checkout rules are shop settings (docs/adr/0073)
						.requestMatchers(CHECKOUT_RULES)
						.hasAnyRole(SETTINGS_ROLES)
						.requestMatchers("/api/admin/orders", "/api/admin/orders/**")
						.hasAnyRole(ORDER_ROLES)
						// webhooks send the shop's data out (docs/adr/0069)
						.requestMatchers("/api/admin/webhooks", "/api/admin/webhooks/**")
						.hasAnyRole(SETTINGS_ROLES)
						.requestMatchers("/api/admin/**")
						.hasAnyRole(CATALOG_ROLES)
						.anyRequest()
						.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.authenticationManagerResolver(new TenantRealmAuthentication(keycloak))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
		return http.build();
	}

}
