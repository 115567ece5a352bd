package dev.rustok.runtime.shared;

import java.util.regex.Pattern;

/**
 * A tenant's id (its slug), as the gateway signed it: lower-case letters and digits in
 * dash-separated groups. Every domain call names its tenant with one, never with a bare
 * string.
 *
 * @param value the slug, for example {@code acme-books}
 */
public record TenantId(String value) {

	// the slug rule of provisioning (TenantSlug); 63 is the longest DNS label it becomes
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public TenantId {
		if (value == null || value.length() > 63 || !SLUG.matcher(value).matches()) {
			throw new IllegalArgumentException("a tenant id is a slug such as acme-books");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
