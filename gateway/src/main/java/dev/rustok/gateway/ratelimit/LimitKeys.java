package dev.rustok.gateway.ratelimit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The limits of one request as the single key string Spring Cloud Gateway's
 * {@code RequestRateLimiter} hands from the {@code KeyResolver} to the
 * {@code RateLimiter}: bucket keys separated by spaces (no key contains one: tenant ids,
 * plan codes and IP addresses never do).
 */
final class LimitKeys {

	private LimitKeys() {
	}

	static String encode(List<Limit> limits) {
		return limits.stream().map(Limit::key).collect(Collectors.joining(" "));
	}

	static List<Limit> decode(String keys) {
		return Arrays.stream(keys.split(" ")).filter((key) -> !key.isEmpty()).map(LimitKeys::limit).toList();
	}

	private static Limit limit(String key) {
		String[] parts = key.split("/", -1);
		return switch (parts[0]) {
			case "storefront" -> new Limit.Storefront(parts[1], parts[2]);
			case "admin" -> new Limit.AdminApi(parts[1], parts[2]);
			case "anonymous" -> new Limit.AnonymousClient(parts[1]);
			case "signup" -> new Limit.Signup(parts[1]);
			case "login" -> new Limit.Login(parts[1]);
			default -> throw new IllegalArgumentException("not a rate-limit key: " + key);
		};
	}

}
