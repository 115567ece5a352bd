package dev.rustok.gateway.problems;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.web.util.HtmlUtils;

/**
 * The page a browser shows for a {@link GatewayProblem}; every dynamic part is escaped.
 */
final class ProblemPage {

	private static final String TEMPLATE = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%1$s</title>
			<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}
			h1{font-size:1.6rem}p{color:#555}</style>
			</head>
			<body>
			<h1>%1$s</h1>
			<p>%2$s</p>
			<p><small>%3$d %4$s</small></p>
			</body>
			</html>
			""";

	/**
	 * The page's own policy: nothing but its one inline style, named by its hash, so the
	 * page needs no {@code 'unsafe-inline'}.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + styleHash()
			+ "'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	private ProblemPage() {
	}

	private static String styleHash() {
		String style = TEMPLATE.substring(TEMPLATE.indexOf("<style>") + "<style>".length(),
				TEMPLATE.indexOf("</style>"));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	static String of(GatewayProblem problem) {
		return TEMPLATE.formatted(HtmlUtils.htmlEscape(problem.headline()), HtmlUtils.htmlEscape(problem.detail()),
				problem.status().value(), HtmlUtils.htmlEscape(problem.title()));
	}

}
