package dev.rustok.controlplane.console;

import dev.rustok.controlplane.provisioning.KeycloakProperties;
import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two filter chains, chosen by host: the console's host needs a platform admin signed in
 * through the platform realm; every other host (portal, signup API, health) stays public
 * as it was before the console existed.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	static final String REGISTRATION = "console";

	@Bean
	ClientRegistrationRepository consoleLogin(KeycloakProperties keycloak, ConsoleProperties console) {
		// endpoints named here rather than discovered from the issuer: the control plane
		// must start while Keycloak is down, and browser and control plane reach Keycloak
		// at the same URL, so the issuer in its tokens is this one
		String realmUrl = keycloak.url() + "/realms/" + console.realm();
		String endpoints = realmUrl + "/protocol/openid-connect";
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
			.issuerUri(realmUrl)
			.authorizationUri(endpoints + "/auth")
			.tokenUri(endpoints + "/token")
			.jwkSetUri(endpoints + "/certs")
			.userNameAttributeName("preferred_username")
			.build());
	}

	@Bean
	@Order(1)
	SecurityFilterChain consoleHostChain(HttpSecurity http, ConsoleHost consoleHost) throws Exception {
		http.securityMatcher(consoleHost::matches)
			.authorizeHttpRequests((requests) -> requests
				// the readable 403 page and error pages are rendered by forwarding
				.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
				.permitAll()
				.anyRequest()
				.hasRole(PlatformRealm.ADMIN_ROLE))
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
			// (cookies). Nobody signs in on these hosts: the portal page's fetch to POST
			// /api/signup, curl and the tests send no session, so there is nothing to
			// forge; a token would only break the API for its non-browser callers
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

}
