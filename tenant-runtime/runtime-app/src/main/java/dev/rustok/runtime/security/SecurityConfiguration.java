package dev.rustok.runtime.security;

import dev.rustok.runtime.web.problem.ProblemResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: the storefront and product reads are public, the admin API needs the
 * tenant's owner or admin role from a token of the tenant's own realm. Stateless, so no
 * CSRF token: nothing is authenticated by a cookie.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] ADMIN_ROLES = { "owner", "admin" };

	static final String[] PUBLIC_READS = { "/", "/api/products", "/api/products/*", "/css/**" };

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
						// HEAD answers like GET; a plain OPTIONS only lists the methods
						// (a CORS
						// preflight never gets here: ShopCors answers it)
						.requestMatchers(HttpMethod.OPTIONS)
						.permitAll()
						.requestMatchers(HttpMethod.GET, PUBLIC_READS)
						.permitAll()
						.requestMatchers(HttpMethod.HEAD, PUBLIC_READS)
						.permitAll()
						.requestMatchers("/api/admin/**")
						.hasAnyRole(ADMIN_ROLES)
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
