package dev.rustok.gateway.edge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** The security headers as name and value, without those configured empty. */
final class SecurityHeaders {

	private final Map<String, String> headers = new LinkedHashMap<>();

	SecurityHeaders(SecurityHeadersProperties properties) {
		put("Content-Security-Policy", properties.contentSecurityPolicy());
		put("Referrer-Policy", properties.referrerPolicy());
		put("X-Frame-Options", properties.frameOptions());
		put("X-Content-Type-Options", properties.contentTypeOptions());
	}

	private void put(String name, String value) {
		if (value != null && !value.isBlank()) {
			this.headers.put(name, value);
		}
	}

	/**
	 * @param present whether the response already carries a header
	 * @param add adds a header
	 */
	void addMissing(Predicate<String> present, BiConsumer<String, String> add) {
		this.headers.forEach((name, value) -> {
			if (!present.test(name)) {
				add.accept(name, value);
			}
		});
	}

}
