package dev.rustok.runtime.checkout;

import java.util.List;
import java.util.regex.Pattern;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;

/** Whom the shop writes to about the order. */
public record Contact(String email) {

	// deliberately loose: one @, a dot in the domain, no spaces; the mail server has the
	// last word
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	/**
	 * @throws InvalidInput naming {@code email} when it is missing or no address
	 */
	public static Contact checked(String email) {
		String trimmed = (email == null) ? "" : email.strip();
		if (trimmed.isEmpty() || trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
			throw new InvalidInput(
					List.of(new FieldProblem("email", "is required: an e-mail address such as a@b.example")));
		}
		return new Contact(trimmed);
	}

}
