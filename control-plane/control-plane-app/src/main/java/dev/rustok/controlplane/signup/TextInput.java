package dev.rustok.controlplane.signup;

import java.util.Optional;

/**
 * What every text field must be before any other rule looks at it: valid Unicode without
 * control characters. A NUL would fail deep in PostgreSQL and a lone surrogate would be
 * stored as {@code ?}, so both are refused here, naming the field.
 */
final class TextInput {

	private TextInput() {
	}

	/** Why this text cannot be accepted, or empty when it can. */
	static Optional<String> problem(String text) {
		int position = 0;
		for (int offset = 0; offset < text.length();) {
			int codePoint = text.codePointAt(offset);
			position++;
			if (Character.isSurrogate((char) codePoint) && Character.charCount(codePoint) == 1) {
				return Optional
					.of("contains an unpaired UTF-16 surrogate at character " + position + "; send valid Unicode text");
			}
			if (Character.getType(codePoint) == Character.CONTROL) {
				return Optional.of("must not contain control characters (found U+%04X at character %d)"
					.formatted(codePoint, position));
			}
			offset += Character.charCount(codePoint);
		}
		return Optional.empty();
	}

	/** The length as a person counts it: Unicode code points, so an emoji is one. */
	static int length(String text) {
		return text.codePointCount(0, text.length());
	}

}
