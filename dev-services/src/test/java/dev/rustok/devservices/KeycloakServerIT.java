package dev.rustok.devservices;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakServerIT {

	@Test
	void theSharedKeycloakIssuesAnAdminTokenForItsBootstrapAdmin() throws Exception {
		KeycloakServer keycloak = KeycloakServer.shared();
		String form = "grant_type=password&client_id=admin-cli&username=" + keycloak.adminUsername() + "&password="
				+ keycloak.adminPassword();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"access_token\"");
	}

}
