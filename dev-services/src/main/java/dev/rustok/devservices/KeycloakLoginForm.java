package dev.rustok.devservices;

import java.net.URI;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Keycloak's login page as a browser reads it: the username/password form
 * ({@code #kc-form-login}) and where it posts. Parsed as HTML (entities decoded,
 * attributes in any order), so a theme change that keeps the form's id keeps working.
 */
public final class KeycloakLoginForm {

	private KeycloakLoginForm() {
	}

	/** Whether this page shows Keycloak's login form. */
	public static boolean isOn(String html) {
		return form(html).isPresent();
	}

	/**
	 * Where the login form on {@code page} posts the username and password, resolved
	 * against the page's address.
	 * @throws IllegalStateException when the page has no login form
	 */
	public static URI action(URI page, String html) {
		Element form = form(html)
			.orElseThrow(() -> new IllegalStateException("no Keycloak login form at " + page + ":\n" + html));
		return page.resolve(form.attr("action"));
	}

	private static Optional<Element> form(String html) {
		return Optional.ofNullable(Jsoup.parse(html).getElementById("kc-form-login"));
	}

}
