package dev.rustok.provisioning;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a tenant id: it becomes a host label, a schema name and a realm name,
 * so it is lower-case letters and digits in dash-separated groups, 3 to 40 characters.
 */
public final class TenantSlug {

	public static final int MIN_LENGTH = 3;

	public static final int MAX_LENGTH = 40;

	public static final Pattern PATTERN = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private TenantSlug() {
	}

	/** Why {@code slug} is not a well-formed tenant id, or empty when it is. */
	public static Optional<String> problem(String slug) {
		if (slug == null || slug.isEmpty()) {
			return Optional.of("must not be empty");
		}
		if (slug.length() < MIN_LENGTH || slug.length() > MAX_LENGTH) {
			return Optional.of("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
		}
		if (!PATTERN.matcher(slug).matches()) {
			return Optional.of("must be lower-case letters and digits, optionally separated by single dashes,"
					+ " and must not start or end with a dash");
		}
		return Optional.empty();
	}

	public static boolean isValid(String slug) {
		return problem(slug).isEmpty();
	}

}
