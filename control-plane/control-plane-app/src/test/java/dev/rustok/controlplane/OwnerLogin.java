package dev.rustok.controlplane;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.rustok.devservices.KeycloakServer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Signs a shop owner in to their tenant's realm the way the tenant admin app does. */
public final class OwnerLogin {

	private static final JsonMapper json = JsonMapper.builder().build();

	private OwnerLogin() {
	}

	/** The realm roles in the access token the owner gets with the password grant. */
	@SuppressWarnings("unchecked")
	public static List<String> realmRoles(String slug, String email, String password) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "password");
		form.add("client_id", "admin");
		form.add("username", email);
		form.add("password", password);
		Map<?, ?> token = RestClient.create(KeycloakServer.shared().baseUrl())
			.post()
			.uri("/realms/tenant-{slug}/protocol/openid-connect/token", slug)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(Map.class);
		String payload = ((String) token.get("access_token")).split("\\.")[1];
		Map<String, Object> claims = json.readValue(Base64.getUrlDecoder().decode(payload), Map.class);
		return (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
	}

}
