package dev.rustok.gateway.problems;

import java.net.URI;

import dev.rustok.controlplane.api.RequestIds;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * An answer the gateway gives itself instead of a backend: rendered as problem+json for
 * API clients and as a small page for browsers.
 *
 * @param status the HTTP status
 * @param type the problem type's short name, or {@code null} for a plain HTTP status
 * @param title the problem type's summary
 * @param detail this occurrence, naming the host
 * @param host the host the client asked for
 * @param headline what a shopper reads first on the HTML page
 * @param field the part of the request at fault ({@code path}, {@code Host}), or
 * {@code null} when the request itself is fine
 */
public record GatewayProblem(HttpStatusCode status, String type, String title, String detail, String host,
		String headline, String field) {

	private static final String TYPE_PREFIX = "urn:rustok:problem:";

	public static GatewayProblem unknownHost(String host) {
		return new GatewayProblem(HttpStatus.NOT_FOUND, "unknown-host", "Unknown shop", "No shop lives at " + host,
				host, "No shop lives at " + host, null);
	}

	public static GatewayProblem suspendedTenant(String host) {
		return new GatewayProblem(HttpStatus.SERVICE_UNAVAILABLE, "tenant-suspended", "Shop unavailable",
				"The shop at " + host + " is temporarily unavailable", host, "This shop is temporarily unavailable",
				null);
	}

	public static GatewayProblem notFound(String host, String path) {
		return new GatewayProblem(HttpStatus.NOT_FOUND, "not-found", "Not found",
				"Nothing is served at " + path + " on " + host, host, "Nothing here", null);
	}

	public static GatewayProblem backendUnreachable(String host) {
		return new GatewayProblem(HttpStatus.BAD_GATEWAY, "backend-unreachable", "Server unreachable",
				"The server behind " + host + " could not be reached; try again shortly", host,
				"This site cannot be reached right now", null);
	}

	/**
	 * A request the gateway refuses to route because servers could read it differently
	 * (RFC 9112 section 3.2 for the Host, RFC 3986 for the path).
	 * @param host the host the client asked for, empty when it named none or several
	 * @param field {@code path} or {@code Host}
	 * @param reason what is ambiguous, in a sentence
	 */
	public static GatewayProblem ambiguousRequest(String host, String field, String reason) {
		return new GatewayProblem(HttpStatus.BAD_REQUEST, "ambiguous-request", "Ambiguous request",
				reason + "; the gateway does not forward it", host, "This address is not valid", field);
	}

	/**
	 * A client over one of its rate limits (docs/adr/0043); the response carries
	 * {@code Retry-After} and the {@code RateLimit-*} headers.
	 * @param retryAfterSeconds when the client may try again
	 */
	public static GatewayProblem tooManyRequests(String host, long retryAfterSeconds) {
		return new GatewayProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
				"Too many requests to " + host + "; try again in " + retryAfterSeconds + " seconds", host,
				"Too many requests, please wait a moment", null);
	}

	/**
	 * A call with no usable token of the shop's own realm (docs/adr/0046); the response
	 * carries {@code WWW-Authenticate}.
	 * @param reason what is wrong with the token, in a sentence without its content
	 */
	public static GatewayProblem invalidToken(String host, String reason) {
		return new GatewayProblem(HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token", reason, host,
				"Please sign in again", "Authorization");
	}

	/**
	 * A call from a page of a site the host does not allow (CORS, docs/adr/0052).
	 */
	public static GatewayProblem crossOriginRefused(String host) {
		return new GatewayProblem(HttpStatus.FORBIDDEN, "cross-origin-refused", "Origin not allowed",
				"Pages of this site may not call " + host + " (CORS): the origin, method or a header is not allowed",
				host, "This page may not use this shop", "Origin");
	}

	/**
	 * The shop's realm could not be asked for its keys, so no token can be checked now.
	 */
	public static GatewayProblem tokenKeysUnavailable(String host) {
		return new GatewayProblem(HttpStatus.SERVICE_UNAVAILABLE, "token-keys-unavailable",
				"Sign-in temporarily unavailable",
				"The keys that sign tokens for " + host + " cannot be fetched right now; try again shortly", host,
				"Signing in is temporarily unavailable", null);
	}

	public static GatewayProblem unexpected(String host) {
		return new GatewayProblem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", "Unexpected error",
				"The gateway failed to handle this request", host, "Something went wrong", null);
	}

	/**
	 * A status raised by the gateway or Spring itself, worded without internal details.
	 */
	public static GatewayProblem forStatus(String host, HttpStatusCode status, String reason) {
		return switch (status.value()) {
			case 503 -> new GatewayProblem(status, "backend-unavailable", "Server unavailable",
					"No server behind " + host + " is available right now; try again shortly", host,
					"This site is temporarily unavailable", null);
			case 504 -> new GatewayProblem(status, "backend-timeout", "Server too slow",
					"The server behind " + host + " took too long to answer", host, "This site is too slow right now",
					null);
			default -> plainStatus(host, status, reason);
		};
	}

	private static GatewayProblem plainStatus(String host, HttpStatusCode status, String reason) {
		String phrase = (status instanceof HttpStatus known) ? known.getReasonPhrase() : "HTTP " + status.value();
		String detail = (status.is4xxClientError() && reason != null) ? reason : phrase;
		return new GatewayProblem(status, null, phrase, detail, host, phrase, null);
	}

	ProblemDetail toProblemDetail(String requestId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, this.detail);
		if (this.type != null) {
			problem.setType(URI.create(TYPE_PREFIX + this.type));
		}
		problem.setTitle(this.title);
		problem.setProperty("host", this.host);
		if (this.field != null) {
			problem.setProperty("field", this.field);
		}
		if (requestId != null) {
			problem.setProperty(RequestIds.KEY, requestId);
		}
		return problem;
	}

}
