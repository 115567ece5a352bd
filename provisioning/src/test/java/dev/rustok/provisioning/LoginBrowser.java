package dev.rustok.provisioning;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.rustok.devservices.KeycloakLoginForm;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.devservices.LoopbackCookies;

/**
 * A browser without a screen in front of Keycloak's login pages: keeps cookies, does not
 * follow redirects (so a test sees where Keycloak would send the browser, and nothing is
 * sent to a shop host that no server answers here), and fills in the login form.
 */
final class LoginBrowser {

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new LoopbackCookies())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/**
	 * What the browser got back.
	 *
	 * @param headers the first value of each header, by lower-case name
	 */
	record Answer(int status, URI url, Optional<String> location, Map<String, String> headers, String body) {

		boolean showsLoginForm() {
			return KeycloakLoginForm.isOn(this.body);
		}

	}

	Answer get(URI url) {
		return send(HttpRequest.newBuilder(url).GET().build());
	}

	/** Fills in the login form shown on {@code page} and submits it. */
	Answer logIn(Answer page, String username, String password) {
		URI action = KeycloakLoginForm.action(page.url(), page.body());
		return send(HttpRequest.newBuilder(action)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					KeycloakTokens.formBody(Map.of("username", username, "password", password, "credentialId", ""))))
			.build());
	}

	Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			Map<String, String> headers = new HashMap<>();
			response.headers()
				.map()
				.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
			return new Answer(response.statusCode(), request.uri(), response.headers().firstValue("Location"), headers,
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
