package dev.rustok.runtime.staff;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The caller's role may not make this change (an admin creating, promoting or removing an
 * owner): 403 as problem+json with the field that asked for it, nothing changed.
 */
class StaffChangeRefused extends ErrorResponseException {

	StaffChangeRefused(String field, String reason) {
		super(HttpStatus.FORBIDDEN, problem(field, reason), null);
	}

	private static ProblemDetail problem(String field, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Only an owner may create, promote, change or remove an owner");
		problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
		return problem;
	}

}
