package dev.rustok.runtime.web.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the container's error dispatch ({@code sendError} from a filter, a request
 * Spring Security's firewall refused, ...) as problem+json, or an HTML page for browsers,
 * in place of Spring Boot's own JSON. Asked for directly, {@code /error} is just an
 * address with nothing at it: 404.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(HttpServletRequest request) {
		int status = status(request);
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(ProblemPages.html(status));
	}

	@RequestMapping(path = "/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		int status = status(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
				ProblemPages.detail(status));
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
			problem.setInstance(asUri(path));
		}
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static int status(HttpServletRequest request) {
		// no status: /error was requested itself rather than dispatched to
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return (status instanceof Integer code && HttpStatus.resolve(code) != null && code >= 400) ? code : 404;
	}

	private static URI asUri(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			// a path Tomcat let through but that is no valid URI: leave it out
			return null;
		}
	}

}
