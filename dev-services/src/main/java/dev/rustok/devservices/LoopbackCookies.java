package dev.rustok.devservices;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A cookie jar that behaves like a browser on loopback. Browsers treat
 * {@code http://127.0.0.1} as a secure context and send {@code Secure} cookies (which
 * Keycloak sets on its login session) to it; the JDK's cookie manager sends them over
 * https only.
 */
public final class LoopbackCookies extends CookieHandler {

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	@Override
	public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
		URI asSecure = "127.0.0.1".equals(uri.getHost())
				? URI.create("https" + uri.toString().substring(uri.getScheme().length())) : uri;
		return this.cookies.get(asSecure, requestHeaders);
	}

	@Override
	public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
		this.cookies.put(uri, responseHeaders);
	}

}
