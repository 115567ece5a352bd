package dev.rustok.controlplane.console;

import java.util.Set;

import dev.rustok.controlplane.api.RealmEndpoints;
import dev.rustok.controlplane.provisioning.KeycloakProperties;
import dev.rustok.controlplane.web.ProblemResponses;
import dev.rustok.controlplane.web.SecurityHeaders;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Three filter chains: the admin API takes a platform admin's bearer token on any host;
 * the console's host needs a platform admin signed in through the platform realm; every
 * other host (portal, signup API) stays public. Each answer carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	static final String REGISTRATION = "console";

	/** Where the platform admins' API lives, on any host. */
	static final String ADMIN_API = "/api/admin";

	@Bean
	ClientRegistrationRepository consoleLogin(KeycloakProperties keycloak, ConsoleProperties console) {
		// endpoints named here rather than discovered from the issuer: the control plane
		// must start while Keycloak is down. The browser signs in at the public URL
		// (auth.<domain> through the gateway, where password attempts are counted), which
		// is the realm's frontend URL and so the ID token's issuer; the control plane
		// trades the code and fetches the keys at Keycloak's own address (docs/adr/0106)
		RealmEndpoints browser = keycloak.browserEndpoints();
		RealmEndpoints backChannel = keycloak.backChannelEndpoints();
		return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(PlatformRealm.CONSOLE_CLIENT)
			.clientName("Platform console")
			// a public client: Spring Security sends a PKCE challenge (S256), which the
			// realm requires
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(browser.issuer(console.realm()))
			.authorizationUri(browser.openIdConnect(console.realm()) + "/auth")
			.tokenUri(backChannel.openIdConnect(console.realm()) + "/token")
			.jwkSetUri(backChannel.jwkSetUri(console.realm()))
			.userNameAttributeName("preferred_username")
			.build());
	}

	/**
	 * The admin API ({@value #ADMIN_API}{@code /**}, any host): a bearer token from the
	 * platform realm with the {@value PlatformRealm#ADMIN_ROLE} role. No session and no
	 * CSRF token: a bearer token is not sent by a browser on its own.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain adminApiChain(HttpSecurity http, KeycloakProperties keycloak, ConsoleProperties console)
			throws Exception {
		NimbusJwtDecoder decoder = NimbusJwtDecoder
			.withJwkSetUri(keycloak.backChannelEndpoints().jwkSetUri(console.realm()))
			.build();
		// the platform realm's issuer at the public URL or, during its switch-over, at
		// Keycloak's own: a token an admin fetched before the move still works
		// (docs/adr/0107); never another realm's
		Set<String> issuers = keycloak.acceptedIssuers(console.realm());
		decoder
			.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtClaimValidator<Object>(JwtClaimNames.ISS,
					(issuer) -> issuer != null && issuers.contains(issuer.toString()))));
		JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
		roles.setJwtGrantedAuthoritiesConverter(RealmRoles::ofAccessToken);
		// the admin's login (an email), as the console names them, not Keycloak's user id
		roles.setPrincipalClaimName("preferred_username");
		http.securityMatcher(ADMIN_API + "/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(PlatformRealm.ADMIN_ROLE))
			.oauth2ResourceServer(
					(server) -> server.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(roles))
						// problem+json instead of an empty body; the challenge header
						// stays
						.authenticationEntryPoint((request, response, failure) -> {
							response.setHeader("WWW-Authenticate", "Bearer");
							ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED);
						})
						.accessDeniedHandler((request, response, denied) -> ProblemResponses.write(response,
								HttpServletResponse.SC_FORBIDDEN)))
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(ConsoleSecurity::securityHeaders);
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain consoleHostChain(HttpSecurity http, ConsoleHost consoleHost) throws Exception {
		http.securityMatcher(consoleHost::matches)
			.authorizeHttpRequests((requests) -> requests
				// the readable 403 page and error pages are rendered by forwarding
				.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
				.permitAll()
				// the 403 page's styles
				.requestMatchers("/css/**")
				.permitAll()
				.anyRequest()
				.hasRole(PlatformRealm.ADMIN_ROLE))
			.headers(ConsoleSecurity::securityHeaders)
			.oauth2Login((login) -> login
				.userInfoEndpoint((userInfo) -> userInfo.userAuthoritiesMapper(RealmRoles::withRealmRoles)))
			.requestCache((cache) -> cache.requestCache(returnToTheSamePage()))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedPage(ConsoleController.FORBIDDEN));
		return http.build();
	}

	// after login the admin lands on the page they asked for, at its own address (by
	// default Spring Security adds "?continue" to spare a session look-up per request)
	private static HttpSessionRequestCache returnToTheSamePage() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// CSRF protection guards requests a browser sends with ambient credentials
			// (cookies). Nobody signs in on these hosts: the portal's form and its fetch
			// to POST /api/signup, curl and the tests send no session, so there is
			// nothing to forge; a token would only break the API for its non-browser
			// callers
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(ConsoleSecurity::securityHeaders);
		return http.build();
	}

	// the pages carry no inline script or style, so the policy allows this origin's
	// files only; see SecurityHeaders for the container's own error pages
	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

}
