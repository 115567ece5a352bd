package dev.rustok.controlplane.signup;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The platform's rule for an owner's email: {@code local@domain}, at most 254 characters,
 * no whitespace, and a domain of at least two valid labels ({@code a@b} is refused).
 */
final class EmailAddress {

	static final int MAX_LENGTH = 254;

	// letters and digits of any script, inner dashes, 1 to 63 characters
	private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");

	private EmailAddress() {
	}

	/** Why this is not an email address the platform accepts, or empty when it is. */
	static Optional<String> problem(String email) {
		if (TextInput.length(email) > MAX_LENGTH) {
			return Optional.of("must be at most " + MAX_LENGTH + " characters (counted as Unicode code points)");
		}
		if (email.codePoints().anyMatch(Character::isWhitespace)) {
			return Optional.of("must not contain spaces");
		}
		int at = email.lastIndexOf('@');
		if (at <= 0 || at == email.length() - 1 || email.indexOf('@') != at) {
			return Optional.of("must be a valid email address like name@example.com (one @ with text on both sides)");
		}
		String domain = email.substring(at + 1);
		String[] labels = domain.split("\\.", -1);
		if (labels.length < 2) {
			return Optional.of("must be a valid email address: the domain after @ needs a dot, like example.com");
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return Optional.of("must be a valid email address: the domain '" + domain
						+ "' has an empty or invalid part (letters, digits and inner dashes only)");
			}
		}
		return Optional.empty();
	}

}
