package dev.rustok.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The security headers every response leaves the gateway with. A backend that sets one of
 * them (a page-specific Content-Security-Policy, for example) keeps its own; the gateway
 * fills in only what is missing. An empty value sends nothing for that header.
 *
 * @param contentSecurityPolicy the default policy; inline styles are allowed because the
 * platform's pages carry small {@code <style>} blocks, inline scripts are not
 * @param referrerPolicy the Referrer-Policy
 * @param frameOptions the X-Frame-Options, for browsers without {@code frame-ancestors}
 * @param contentTypeOptions the X-Content-Type-Options
 * @param permissionsPolicy the Permissions-Policy: no page of the platform uses the
 * camera, microphone, location or device sensors; payment stays open to the shop's own
 * pages for a checkout
 * @param strictTransportSecurity the Strict-Transport-Security, sent only on answers
 * served over TLS; every shop is a subdomain of the platform domain, served by this same
 * gateway, hence {@code includeSubDomains}
 */
@ConfigurationProperties("rustok.gateway.security-headers")
public record SecurityHeadersProperties(
		@DefaultValue("default-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; "
				+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'") String contentSecurityPolicy,
		@DefaultValue("strict-origin-when-cross-origin") String referrerPolicy,
		@DefaultValue("DENY") String frameOptions, @DefaultValue("nosniff") String contentTypeOptions,
		@DefaultValue("accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
				+ "payment=(self), usb=()") String permissionsPolicy,
		@DefaultValue("max-age=31536000; includeSubDomains") String strictTransportSecurity) {

}
