package dev.rustok.runtime.shared;

import java.util.Optional;

/**
 * The one rule for text a client sends: valid Unicode without control characters, its
 * length counted in Unicode code points (what a person calls characters: one emoji is
 * one, not the two UTF-16 units Java's {@code String.length()} counts).
 *
 * <p>
 * PostgreSQL refuses NUL in text (a 500 before this rule) and the JDBC driver stores a
 * lone surrogate as {@code ?}, so both must be refused before anything is stored.
 */
public final class Text {

	/** What may be in a text besides printable characters. */
	public enum Lines {

		/** A name or code: no control character at all. */
		SINGLE,

		/** Long free text: tab, line feed and carriage return are allowed. */
		MULTIPLE

	}

	private Text() {
	}

	/**
	 * Why {@code text} is not acceptable, or empty when it is.
	 * @param text not {@code null}
	 * @param maxCodePoints the most characters (code points) allowed
	 */
	public static Optional<String> problem(String text, int maxCodePoints, Lines lines) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return Optional.of("must be valid Unicode: it contains a lone UTF-16 surrogate (" + codePoint(c) + ")");
			}
			else if (isControl(c) && !(lines == Lines.MULTIPLE && (c == '\t' || c == '\n' || c == '\r'))) {
				return Optional.of("must not contain the control character " + codePoint(c));
			}
		}
		int length = text.codePointCount(0, text.length());
		if (length > maxCodePoints) {
			return Optional
				.of("must have at most " + maxCodePoints + " characters (Unicode code points); it has " + length);
		}
		return Optional.empty();
	}

	/** How many characters (code points) {@code text} has. */
	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	// C0 controls and DEL; C1 controls are printable enough to be stored and shown
	private static boolean isControl(char c) {
		return c < 0x20 || c == 0x7f;
	}

	private static String codePoint(char c) {
		return String.format("U+%04X", (int) c);
	}

}
