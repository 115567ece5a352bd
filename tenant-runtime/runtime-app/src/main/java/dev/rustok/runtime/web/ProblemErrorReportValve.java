package dev.rustok.runtime.web;

import java.io.IOException;
import java.io.PrintWriter;

import dev.rustok.runtime.web.problem.ProblemPages;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers (a request it refuses before any servlet runs, such as an
 * encoded {@code /} in the path) as problem+json, or a plain HTML page for browsers, with
 * {@link SecurityHeaders}; Tomcat's page would name the server and carry no headers.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// as Tomcat's own valve: nothing to do for a success, a body already written or
		// an error already reported
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			SecurityHeaders.applyTo(response);
			response.setHeader("Cache-Control", "no-store");
			boolean html = ProblemPages.prefersHtml(request.getHeader("Accept"));
			response.setContentType(html ? "text/html" : "application/problem+json");
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(html ? ProblemPages.html(status) : ProblemPages.json(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away: there is no one left to tell
		}
	}

}
