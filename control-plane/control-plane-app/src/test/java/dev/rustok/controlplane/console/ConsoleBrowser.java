package dev.rustok.controlplane.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.rustok.devservices.KeycloakLoginForm;
import dev.rustok.devservices.LoopbackCookies;

/**
 * A browser without a screen: keeps cookies, follows redirects one by one and posts
 * Keycloak's login form the way a person would. Requests to {@code *.localhost} go to the
 * control plane on 127.0.0.1 with the {@code X-Forwarded-*} headers the gateway adds (the
 * JVM does not resolve {@code *.localhost}); Keycloak is reached at its own URL, as a
 * browser does, or, for a realm served on {@code auth.localhost} (docs/adr/0106), there,
 * forwarded to Keycloak's own URL as the gateway does.
 */
final class ConsoleBrowser {

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new LoopbackCookies())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private static final String AUTH_HOST = "auth.localhost";

	private final int controlPlanePort;

	private final String keycloakUrl;

	ConsoleBrowser(int controlPlanePort) {
		this(controlPlanePort, null);
	}

	/**
	 * A browser whose {@code auth.localhost} requests reach Keycloak at
	 * {@code keycloakUrl}, in place of the gateway's route (which forwards the path and
	 * nothing else).
	 */
	ConsoleBrowser(int controlPlanePort, String keycloakUrl) {
		this.controlPlanePort = controlPlanePort;
		this.keycloakUrl = keycloakUrl;
	}

	/** Opens a URL and follows every redirect; the page it lands on. */
	Page open(String url) {
		return follow(send(URI.create(url), "GET", null));
	}

	/** Fills in and submits Keycloak's login form on this page; the page it lands on. */
	Page logIn(Page loginPage, String username, String password) {
		String form = Map.of("username", username, "password", password, "credentialId", "")
			.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return follow(send(KeycloakLoginForm.action(loginPage.url(), loginPage.body()), "POST", form));
	}

	/**
	 * Submits the form of the tenant's row in the console whose action ends with
	 * {@code actionSuffix} (for example {@code /retry}), with its hidden fields (the CSRF
	 * token) as a browser does; the page it lands on.
	 */
	Page submitTenantForm(Page console, String slug, String actionSuffix) {
		return submitTenantForm(console, slug, actionSuffix, "");
	}

	/**
	 * Submits the tenant's form as {@link #submitTenantForm(Page, String, String)} does,
	 * with the fields a user chose ({@code plan=pro}) besides the hidden ones.
	 */
	Page submitTenantForm(Page console, String slug, String actionSuffix, String chosenFields) {
		String row = console.tenantRows().get(slug);
		if (row == null) {
			throw new IllegalStateException("no row for " + slug + " in " + console.describe());
		}
		return submitForm(console, row, actionSuffix, chosenFields);
	}

	/**
	 * Submits the page's form whose action ends with {@code actionSuffix} (for example
	 * {@code /realm-upgrades}) with its hidden fields, as a browser does; the page it
	 * lands on.
	 */
	Page submitForm(Page page, String actionSuffix) {
		return submitForm(page, page.body(), actionSuffix, "");
	}

	private Page submitForm(Page page, String html, String actionSuffix, String chosenFields) {
		Matcher forms = Pattern
			.compile("<form[^>]*\\baction=\"([^\"]*" + Pattern.quote(actionSuffix) + ")\"[^>]*>(.*?)</form>",
					Pattern.DOTALL)
			.matcher(html);
		if (!forms.find()) {
			throw new IllegalStateException("no form ending in " + actionSuffix + " in:\n" + html);
		}
		Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"")
			.matcher(forms.group(2));
		List<String> fields = new ArrayList<>();
		if (!chosenFields.isEmpty()) {
			fields.add(chosenFields);
		}
		while (hidden.find()) {
			fields.add(hidden.group(1) + "=" + URLEncoder.encode(hidden.group(2), StandardCharsets.UTF_8));
		}
		return follow(send(page.url().resolve(forms.group(1).replace("&amp;", "&")), "POST", String.join("&", fields)));
	}

	/**
	 * Posts a form body to a URL as another site's page could make the browser do: with
	 * the cookies, without the console's CSRF token. The page it lands on.
	 */
	Page postWithoutToken(String url, String form) {
		return follow(send(URI.create(url), "POST", form));
	}

	private Page follow(Page page) {
		Page current = page;
		for (int redirects = 0; current.location() != null; redirects++) {
			if (redirects > 10) {
				throw new IllegalStateException("more than 10 redirects, last to " + current.location());
			}
			current = send(current.url().resolve(current.location()), "GET", null);
		}
		return current;
	}

	private Page send(URI url, String method, String form) {
		HttpRequest.Builder request = HttpRequest.newBuilder(physical(url));
		if (url.getHost().endsWith(".localhost") && !isAuthHost(url)) {
			int port = (url.getPort() != -1) ? url.getPort() : 80;
			request.header("X-Forwarded-Host", url.getHost() + ":" + port)
				.header("X-Forwarded-Port", String.valueOf(port))
				.header("X-Forwarded-Proto", url.getScheme());
		}
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.method(method, HttpRequest.BodyPublishers.ofString(form));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), url, response.headers().firstValue("Location").orElse(null),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + url + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI physical(URI url) {
		if (!url.getHost().endsWith(".localhost")) {
			return url;
		}
		String pathAndQuery = url.getRawPath() + ((url.getRawQuery() != null) ? "?" + url.getRawQuery() : "");
		if (isAuthHost(url)) {
			return URI.create(this.keycloakUrl + pathAndQuery);
		}
		return URI.create("http://127.0.0.1:" + this.controlPlanePort + pathAndQuery);
	}

	private boolean isAuthHost(URI url) {
		return this.keycloakUrl != null && url.getHost().equals(AUTH_HOST);
	}

	/**
	 * A page as the browser shows it.
	 *
	 * @param url the address in the browser's address bar
	 * @param location where a redirect points, {@code null} for a page
	 */
	record Page(int status, URI url, String location, String body) {

		/** For failure messages: where the browser is and what it shows. */
		String describe() {
			return this.status + " at " + this.url + ":\n" + this.body;
		}

		boolean isKeycloakLogin() {
			return KeycloakLoginForm.isOn(this.body);
		}

		/** The table rows of the console's tenant list, each row's HTML by slug. */
		Map<String, String> tenantRows() {
			Matcher rows = Pattern.compile("<tr class=\"tenant\" data-slug=\"([^\"]*)\">(.*?)</tr>", Pattern.DOTALL)
				.matcher(this.body);
			List<Map.Entry<String, String>> found = new ArrayList<>();
			while (rows.find()) {
				found.add(Map.entry(rows.group(1), rows.group(2)));
			}
			return found.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		}

	}

}
