package dev.rustok.controlplane.console;

import dev.rustok.controlplane.api.PlatformHosts;
import dev.rustok.controlplane.provisioning.PlatformProperties;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The console's own host, {@code console.<domain>}. Requests reach the control plane
 * through the gateway, so the host is the one the gateway forwarded
 * ({@code X-Forwarded-Host}), applied by Tomcat's {@code RemoteIpValve} only for requests
 * from a trusted proxy ({@code rustok.web.trusted-proxies}); anyone else's claim is
 * ignored.
 */
@Component
class ConsoleHost {

	private final String host;

	private final String baseUrl;

	ConsoleHost(PlatformProperties platform) {
		this.host = new PlatformHosts(platform.domain()).console();
		this.baseUrl = "http://" + this.host + ((platform.publicUrlPort() == 80) ? "" : ":" + platform.publicUrlPort());
	}

	/** Whether the request was sent to the console's host. */
	boolean matches(HttpServletRequest request) {
		return this.host.equalsIgnoreCase(request.getServerName());
	}

	/**
	 * Where platform admins open the console, for example
	 * {@code http://console.localhost:8080}.
	 */
	String baseUrl() {
		return this.baseUrl;
	}

	/** The redirect URIs Keycloak must accept for the console's login. */
	String loginRedirectUris() {
		return this.baseUrl + "/login/oauth2/code/*";
	}

}
