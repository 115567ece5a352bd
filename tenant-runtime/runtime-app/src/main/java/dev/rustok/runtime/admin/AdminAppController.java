package dev.rustok.runtime.admin;

import java.net.URI;

import dev.rustok.runtime.security.KeycloakProperties;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.web.SecurityHeaders;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Serves the admin app's one page for its entry and callback addresses, and tells it
 * which realm to sign in to. Views inside the app are {@code #/…} fragments, so no other
 * path needs the page.
 */
@Controller
class AdminAppController {

	static final String CLIENT_ID = "admin";

	private static final Resource PAGE = new ClassPathResource("static/admin/index.html");

	private final KeycloakProperties keycloak;

	private final String policy;

	AdminAppController(KeycloakProperties keycloak) {
		this.keycloak = keycloak;
		this.policy = SecurityHeaders.scriptedPagePolicy(originOf(keycloak.publicUrl()));
	}

	@GetMapping(path = { "/admin", "/admin/", "/admin/index.html", "/admin/auth/callback" },
			produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<Resource> page(HttpServletResponse response) {
		// replaces the strict policy SecurityHeadersFilter set: this page runs its own
		// scripts and exchanges the code at Keycloak's token endpoint
		response.setHeader("Content-Security-Policy", this.policy);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML).body(PAGE);
	}

	@GetMapping(path = "/admin/config.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	AdminConfig config(Tenant tenant) {
		return new AdminConfig(this.keycloak.browserEndpoints().issuer(tenant.realm()), CLIENT_ID);
	}

	static String originOf(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

	/**
	 * What the app needs to sign in.
	 *
	 * @param issuer the shop realm's issuer, whose {@code /protocol/openid-connect/*}
	 * endpoints the app uses
	 * @param clientId the realm's public client for the admin (PKCE S256, exact redirect
	 * URI {@code <origin>/admin/auth/callback})
	 */
	record AdminConfig(String issuer, String clientId) {

	}

}
