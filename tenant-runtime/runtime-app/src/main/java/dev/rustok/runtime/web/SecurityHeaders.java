package dev.rustok.runtime.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries, pages, APIs and error pages alike, set before
 * anything else runs so that no early refusal goes out without them.
 */
public final class SecurityHeaders {

	/**
	 * Pages load styles and images from their own shop only and run no script at all;
	 * nothing may frame them. Styles live in {@code /css/storefront.css}, not inline, so
	 * no hash or nonce is needed.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	/** Other sites learn which shop a shopper came from, never the page (a search). */
	public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	private SecurityHeaders() {
	}

	/**
	 * The policy of a page that runs its own scripts (the shop admin, docs/adr/0039): the
	 * strict policy plus scripts from the shop itself and requests to the shop and to
	 * {@code identityOrigin} (Keycloak's token endpoint). Still no inline script or
	 * style.
	 */
	public static String scriptedPagePolicy(String identityOrigin) {
		return "default-src 'none'; script-src 'self'; connect-src 'self' " + identityOrigin
				+ "; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
	}

	/** Sets the headers on {@code response}, replacing what was there. */
	public static void applyTo(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
	}

}
