package dev.rustok.runtime;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.rustok.devservices.KeycloakLoginForm;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.devservices.LoopbackCookies;
import dev.rustok.runtime.RuntimeClient.Answer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A shopper's browser without a screen: it talks to one shop as the gateway forwards it
 * (the shop's public host in {@code X-Forwarded-Host}) keeping the shop's cookies, and to
 * Keycloak's own login and registration pages with a cookie jar of their own. It does not
 * follow redirects, so a test sees each hop and carries it on itself.
 */
final class ShopperBrowser {

	private final HttpClient keycloak = HttpClient.newBuilder()
		.cookieHandler(new LoopbackCookies())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final RuntimeClient runtime;

	private final String tenantId;

	private final String publicHost;

	private final Map<String, String> shopCookies = new LinkedHashMap<>();

	/**
	 * @param publicHost the shop's host and port as the gateway saw them, e.g.
	 * {@code acme.localhost:8080}
	 */
	ShopperBrowser(RuntimeClient runtime, String tenantId, String publicHost) {
		this.runtime = runtime;
		this.tenantId = tenantId;
		this.publicHost = publicHost;
	}

	/** The same cookies, sent to another shop's host (as a misbehaving client could). */
	ShopperBrowser withCookiesOn(String otherTenantId, String otherHost) {
		ShopperBrowser other = new ShopperBrowser(this.runtime, otherTenantId, otherHost);
		other.shopCookies.putAll(this.shopCookies);
		return other;
	}

	Answer get(String path) {
		return shop(this.runtime.request(this.tenantId, path).GET());
	}

	/** A GET with headers of its own, e.g. an API client's {@code Authorization}. */
	Answer get(String path, String... headers) {
		return shop(this.runtime.request(this.tenantId, path).headers(headers).GET());
	}

	/** The browser drops a cookie, as it does when the cookie's time runs out. */
	void forget(String cookie) {
		this.shopCookies.remove(cookie);
	}

	/** The browser holds this cookie (one it kept, or one a test puts back). */
	void keep(String cookie, String value) {
		this.shopCookies.put(cookie, value);
	}

	Answer post(String path, Map<String, String> form) {
		return shop(this.runtime.request(this.tenantId, path)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(KeycloakTokens.formBody(form))));
	}

	/** A JSON call of the storefront's API from this browser, its cookies and all. */
	Answer postJson(String path, String json, String... headers) {
		HttpRequest.Builder request = this.runtime.request(this.tenantId, path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return shop(request);
	}

	Answer putJson(String path, String json, String... headers) {
		HttpRequest.Builder request = this.runtime.request(this.tenantId, path)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return shop(request);
	}

	Optional<String> shopCookie(String name) {
		return Optional.ofNullable(this.shopCookies.get(name));
	}

	/** A page of Keycloak's, at an address the shop sent the browser to. */
	Page keycloakPage(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
	}

	/** Fills in Keycloak's registration form and submits it. */
	Page register(Page page, String email, String password, String firstName, String lastName) {
		Element form = Jsoup.parse(page.body()).getElementById("kc-register-form");
		if (form == null) {
			throw new IllegalStateException("no registration form on " + page.url() + ":\n" + page.body());
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("firstName", firstName);
		fields.put("lastName", lastName);
		fields.put("password", password);
		fields.put("password-confirm", password);
		return submit(page.url().resolve(form.attr("action")), fields);
	}

	/** Fills in Keycloak's login form and submits it. */
	Page logIn(Page page, String username, String password) {
		return submit(KeycloakLoginForm.action(page.url(), page.body()),
				Map.of("username", username, "password", password, "credentialId", ""));
	}

	/**
	 * The path and query of where Keycloak sends the browser back to, checked to be the
	 * shop's own callback.
	 */
	String backToTheShop(Page page) {
		URI location = URI.create(page.location()
			.orElseThrow(() -> new IllegalStateException(
					"Keycloak did not send the browser back: " + page.status() + "\n" + page.body())));
		if (!location.getRawAuthority().equals(this.publicHost)) {
			throw new IllegalStateException("sent to " + location + ", not to " + this.publicHost);
		}
		return location.getRawPath() + "?" + location.getRawQuery();
	}

	/**
	 * Signs a new customer up on the realm's registration page; the answer is the shop's
	 * callback, which signs them in.
	 */
	Answer signUp(String email, String password, String firstName, String lastName) {
		Page form = keycloakPage(get("/auth/signup").header("Location"));
		return get(backToTheShop(register(form, email, password, firstName, lastName)));
	}

	boolean hasShopCookie(String name) {
		return this.shopCookies.containsKey(name);
	}

	private Answer shop(HttpRequest.Builder request) {
		request.header("X-Forwarded-Host", this.publicHost).header("X-Forwarded-Proto", "http");
		if (!this.shopCookies.isEmpty()) {
			request.header("Cookie",
					this.shopCookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		Answer answer = this.runtime.send(request);
		answer.response().headers().allValues("Set-Cookie").forEach((header) -> {
			for (HttpCookie cookie : HttpCookie.parse(header)) {
				if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
					this.shopCookies.remove(cookie.getName());
				}
				else {
					this.shopCookies.put(cookie.getName(), cookie.getValue());
				}
			}
		});
		return answer;
	}

	private Page submit(URI action, Map<String, String> fields) {
		return send(HttpRequest.newBuilder(action)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(KeycloakTokens.formBody(fields)))
			.build());
	}

	private Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.keycloak.send(request, HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), request.uri(), response.headers().firstValue("Location"),
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

	record Page(int status, URI url, Optional<String> location, String body) {

	}

}
