package dev.rustok.runtime.customers;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.util.ForwardedHeaderUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shop's origin as the shopper's browser sees it, from the gateway's
 * {@code X-Forwarded-*} headers. Only the gateway reaches a node (its signature is
 * checked first), and Keycloak sends codes only to the exact callback addresses the
 * shop's realm lists, so a wrong origin can only make a sign-in fail.
 */
final class PublicOrigin {

	private PublicOrigin() {
	}

	static String of(HttpServletRequest request) {
		ServletServerHttpRequest server = new ServletServerHttpRequest(request);
		URI seen = ForwardedHeaderUtils.adaptFromForwardedHeaders(server.getURI(), server.getHeaders())
			.replacePath(null)
			.replaceQuery(null)
			.fragment(null)
			.build()
			.toUri();
		return UriComponentsBuilder.fromUri(seen).build().toUriString();
	}

	static boolean isHttps(HttpServletRequest request) {
		return of(request).startsWith("https:");
	}

}
