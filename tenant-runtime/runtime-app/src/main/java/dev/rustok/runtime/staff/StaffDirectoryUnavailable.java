package dev.rustok.runtime.staff;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Keycloak cannot do what was asked now, or this runtime may not ask it: 503 as
 * problem+json, nothing changed. Spring's {@link ErrorResponseException} rather than a
 * new {@code RuntimeProblem}: it is an outage, not something the request got wrong.
 */
class StaffDirectoryUnavailable extends ErrorResponseException {

	StaffDirectoryUnavailable(String detail, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail),
				cause);
	}

}
