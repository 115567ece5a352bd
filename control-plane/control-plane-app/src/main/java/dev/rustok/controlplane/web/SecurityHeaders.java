package dev.rustok.controlplane.web;

import java.util.function.BiConsumer;

/**
 * The security headers every answer carries, pages and error pages alike. Spring Security
 * writes them for requests that reach the application ({@code ConsoleSecurity}); the
 * container's own error reports get them from {@link ProblemErrorReportValve}.
 */
public final class SecurityHeaders {

	/**
	 * Only this origin's scripts, styles and forms: the pages keep no inline script or
	 * style, so nothing injected into a page can run.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
			+ " frame-ancestors 'none'; form-action 'self'";

	public static final String REFERRER_POLICY = "same-origin";

	private SecurityHeaders() {
	}

	/** Sets every header through {@code header} (name, value). */
	static void apply(BiConsumer<String, String> header) {
		header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		header.accept("Referrer-Policy", REFERRER_POLICY);
		header.accept("X-Content-Type-Options", "nosniff");
		header.accept("X-Frame-Options", "DENY");
		header.accept("Cache-Control", "no-store");
	}

}
