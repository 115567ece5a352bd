package dev.rustok.runtime.web.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * The plain sentence for an error status, and the two shapes an error answer takes:
 * problem+json for programs, an HTML page for browsers (those that ask for
 * {@code text/html} before JSON).
 */
public final class ProblemPages {

	private ProblemPages() {
	}

	/** What a status means for the caller, without any detail of the server. */
	public static String detail(int status) {
		return switch (status) {
			case 400 -> "The request is malformed: check its address (path and parameters) and headers";
			case 401 -> "Sign in first";
			case 403 -> "You may not do this";
			case 404 -> "There is nothing at this address";
			case 405 -> "This address does not accept this method";
			case 413 -> "The request is too large";
			case 414 -> "The address is too long";
			case 431 -> "The request headers are too large";
			default -> (status >= 500) ? "Something went wrong on our side; please try again later"
					: "The request cannot be served";
		};
	}

	public static String title(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

	/** Whether the client ranks {@code text/html} above JSON in its {@code Accept}. */
	public static boolean prefersHtml(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
			types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
			for (MediaType type : types) {
				if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
					return true;
				}
				if (type.isCompatibleWith(MediaType.APPLICATION_JSON)
						|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
					return false;
				}
			}
			return false;
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** A problem+json body for {@code status}, written without a JSON library. */
	public static String json(int status) {
		return "{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status + ",\"detail\":\""
				+ detail(status) + "\"}";
	}

	/** A complete, self-contained HTML page for {@code status}. */
	public static String html(int status) {
		String title = HtmlUtils.htmlEscape(status + " " + title(status));
		return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
				+ "</title><link rel=\"stylesheet\" href=\"/css/storefront.css\"></head>"
				+ "<body><main class=\"problem\"><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(detail(status))
				+ "</p><p><a href=\"/\">Back to the shop</a></p></main></body></html>\n";
	}

}
