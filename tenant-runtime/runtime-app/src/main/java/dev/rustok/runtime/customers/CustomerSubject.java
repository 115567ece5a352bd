package dev.rustok.runtime.customers;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A customer's id: the subject ({@code sub}) of their account in the shop's realm, a
 * Keycloak user id. The password and the e-mail's truth stay in Keycloak.
 */
public record CustomerSubject(String value) {

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9-]{1,64}");

	/** How checkout names a signed-in customer as the one who placed an order. */
	static final String PLACED_BY_PREFIX = "customer:";

	public CustomerSubject {
		Objects.requireNonNull(value, "value");
		if (!SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("not a realm subject: " + value);
		}
	}

	static boolean isValid(String value) {
		return value != null && SHAPE.matcher(value).matches();
	}

	/**
	 * What checkout writes as {@code placedBy} for an order this customer places, so the
	 * order lands in their history: {@code customer:<subject>}.
	 */
	public String placedBy() {
		return PLACED_BY_PREFIX + this.value;
	}

}
