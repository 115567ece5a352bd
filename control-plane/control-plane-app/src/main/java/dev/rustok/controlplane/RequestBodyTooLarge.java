package dev.rustok.controlplane;

import java.io.IOException;

/**
 * Thrown while a request body is read, by {@link RequestBodyLimit}; an
 * {@link IOException} because that is what a body stream may throw, so the message
 * converters pass it on to {@link ApiProblems}.
 */
class RequestBodyTooLarge extends IOException {

	RequestBodyTooLarge(long limit) {
		super("The request body is larger than " + limit + " bytes");
	}

}
