package dev.rustok.gateway.edge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The security headers as name and value, without those configured empty. HSTS goes only
 * on answers sent over TLS: on plain HTTP a browser ignores it (RFC 6797 section 8.1),
 * and it would promise a TLS the platform may not serve on that host.
 */
final class SecurityHeaders {

	static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

	private final Map<String, String> headers = new LinkedHashMap<>();

	private final String strictTransportSecurity;

	SecurityHeaders(SecurityHeadersProperties properties) {
		put("Content-Security-Policy", properties.contentSecurityPolicy());
		put("Referrer-Policy", properties.referrerPolicy());
		put("X-Frame-Options", properties.frameOptions());
		put("X-Content-Type-Options", properties.contentTypeOptions());
		put("Permissions-Policy", properties.permissionsPolicy());
		this.strictTransportSecurity = properties.strictTransportSecurity();
	}

	private void put(String name, String value) {
		if (value != null && !value.isBlank()) {
			this.headers.put(name, value);
		}
	}

	/**
	 * @param overTls whether the answer leaves over TLS
	 * @param present whether the response already carries a header
	 * @param add adds a header
	 */
	void addMissing(boolean overTls, Predicate<String> present, BiConsumer<String, String> add) {
		this.headers.forEach((name, value) -> {
			if (!present.test(name)) {
				add.accept(name, value);
			}
		});
		if (overTls && this.strictTransportSecurity != null && !this.strictTransportSecurity.isBlank()
				&& !present.test(STRICT_TRANSPORT_SECURITY)) {
			add.accept(STRICT_TRANSPORT_SECURITY, this.strictTransportSecurity);
		}
	}

}
