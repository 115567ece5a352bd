package dev.rustok.controlplane.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error the container forwards to {@code /error}: problem+json for APIs and
 * tools, a readable page for browsers. Replaces Spring Boot's default, which answers its
 * own JSON shape and a 500 with status 999 to a direct request for {@code /error}; a
 * direct request is answered as what it is, a page that does not exist.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ProblemErrorController implements ErrorController {

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		return new ModelAndView("error-page", Map.of("status", status.value(), "title", status.getReasonPhrase(),
				"sentence", ErrorAnswers.sentence(status)), status);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ErrorAnswers.problem(status));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return (code instanceof Integer value) ? ErrorAnswers.status(value) : HttpStatus.NOT_FOUND;
	}

}
