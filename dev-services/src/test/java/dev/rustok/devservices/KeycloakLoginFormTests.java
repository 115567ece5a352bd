package dev.rustok.devservices;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KeycloakLoginFormTests {

	private static final URI PAGE = URI.create("http://127.0.0.1:8180/realms/acme/protocol/openid-connect/auth?x=1");

	@Test
	void readsWhereTheLoginFormPostsWithEntitiesDecodedAndAttributesInAnyOrder() {
		String html = "<html><body><form onsubmit=\"x()\" action=\"http://127.0.0.1:8180/realms/acme/login-actions/"
				+ "authenticate?session_code=a&amp;execution=b&amp;tab_id=c\" method=\"post\" id=\"kc-form-login\">"
				+ "<input name=\"username\"></form></body></html>";

		assertThat(KeycloakLoginForm.isOn(html)).isTrue();
		assertThat(KeycloakLoginForm.action(PAGE, html)).isEqualTo(URI.create(
				"http://127.0.0.1:8180/realms/acme/login-actions/authenticate?session_code=a&execution=b&tab_id=c"));
	}

	@Test
	void saysSoWhenThePageHasNoLoginForm() {
		String errorPage = "<html><body><p id=\"kc-error-message\">Invalid parameter: redirect_uri</p></body></html>";

		assertThat(KeycloakLoginForm.isOn(errorPage)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> KeycloakLoginForm.action(PAGE, errorPage))
			.withMessageContaining("no Keycloak login form");
	}

}
