package dev.rustok.runtime.web;

import java.io.IOException;

/** A request body went past {@link #LIMIT_BYTES}; answered with 413. */
public final class BodyTooLarge extends IOException {

	/**
	 * No API of the runtime needs more; bigger bodies are refused before they are parsed.
	 */
	public static final long LIMIT_BYTES = 64 * 1024;

	BodyTooLarge() {
		super("request body larger than " + LIMIT_BYTES + " bytes");
	}

}
