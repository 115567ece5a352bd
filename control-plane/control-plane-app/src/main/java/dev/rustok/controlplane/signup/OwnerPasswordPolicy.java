package dev.rustok.controlplane.signup;

import java.util.Locale;
import java.util.Optional;

/**
 * The owner's password policy, the one the tenant realm enforces too ({@code length(12)
 * and maxLength(128) and notUsername and notEmail}), plus a floor on variety that refuses
 * {@code aaaaaaaaaaaa}.
 */
final class OwnerPasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	static final int MIN_DISTINCT = 5;

	/** The policy in words, for the portal's hint under the password field. */
	static final String DESCRIPTION = MIN_LENGTH + " to " + MAX_LENGTH + " characters, at least " + MIN_DISTINCT
			+ " different characters, and not your email address.";

	private OwnerPasswordPolicy() {
	}

	/** Why this password is refused, or empty when it is accepted. */
	static Optional<String> problem(String password, String email) {
		int length = TextInput.length(password);
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			return Optional.of("must be " + MIN_LENGTH + " to " + MAX_LENGTH
					+ " characters long (counted as Unicode code points); it has " + length);
		}
		if (password.codePoints().distinct().count() < MIN_DISTINCT) {
			return Optional.of("must contain at least " + MIN_DISTINCT + " different characters");
		}
		if (email != null && password.toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
			return Optional.of("must not be your email address");
		}
		return Optional.empty();
	}

}
