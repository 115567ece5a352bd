package dev.rustok.runtime.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The URL name of a product, collection or category ({@code /products/blue-mug}):
 * lower-case ASCII letters and digits in dash-separated groups, at most {@value #MAX}
 * characters, unique per shop.
 *
 * @param value for example {@code blue-mug-2}
 */
public record Handle(String value) {

	public static final int MAX = 120;

	/** Room for a {@code -NNNNNN} suffix after a handle made from a title. */
	static final int BASE_MAX = 100;

	private static final Pattern RULE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	public Handle {
		problem(value).ifPresent((reason) -> {
			throw new IllegalArgumentException("handle " + reason);
		});
	}

	/** Why {@code value} cannot be a handle, or empty when it can. */
	public static Optional<String> problem(String value) {
		if (value == null || value.isEmpty()) {
			return Optional.of("is required");
		}
		if (value.length() > MAX) {
			return Optional.of("must have at most " + MAX + " characters");
		}
		if (!RULE.matcher(value).matches()) {
			return Optional.of("may contain only lower-case letters a-z, digits and single dashes between them,"
					+ " such as blue-mug-2");
		}
		return Optional.empty();
	}

	/**
	 * The handle a title suggests: accents dropped ({@code Crème} becomes {@code creme}),
	 * everything but letters and digits turned into single dashes; {@code fallback} when
	 * nothing is left (a title in another script). The same title always gives the same
	 * handle.
	 */
	public static Handle fromTitle(String title, String fallback) {
		String ascii = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
		String dashed = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
		String base = trimDashes(dashed.substring(0, Math.min(dashed.length(), BASE_MAX)));
		return new Handle(base.isEmpty() ? fallback : base);
	}

	/**
	 * This handle if nobody has it, else the first of {@code handle-2}, {@code handle-3},
	 * … that is free.
	 * @param taken the handles in use that start with this one
	 */
	public Handle firstFreeAmong(Set<String> taken) {
		if (!taken.contains(this.value)) {
			return this;
		}
		for (int suffix = 2;; suffix++) {
			String candidate = this.value + "-" + suffix;
			if (!taken.contains(candidate)) {
				return new Handle(candidate);
			}
		}
	}

	private static String trimDashes(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '-') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '-') {
			end--;
		}
		return text.substring(start, end);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
