package dev.rustok.provisioning;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerPasswordTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void storesAPbkdf2Sha512HashThatTheSamePasswordAndSaltReproduce() {
		OwnerPassword password = OwnerPassword.hash("s3cret-enough".toCharArray());

		Map<?, ?> secret = json.readValue(password.secretData(), Map.class);
		byte[] salt = Base64.getDecoder().decode((String) secret.get("salt"));
		byte[] value = Base64.getDecoder().decode((String) secret.get("value"));
		assertThat(salt).hasSize(16);
		assertThat(value).hasSize(64).isEqualTo(OwnerPassword.derive("s3cret-enough".toCharArray(), salt));
		assertThat(value).isNotEqualTo(OwnerPassword.derive("s3cret-enougH".toCharArray(), salt));
		assertThat(secret.get("additionalParameters")).isEqualTo(Map.of());
	}

	@Test
	void describesTheAlgorithmTheWayKeycloakReadsIt() {
		Map<String, Object> credential = json.readValue(OwnerPassword.hash("pw".toCharArray()).credentialData(),
				new TypeReference<>() {
				});

		assertThat(credential).containsEntry("algorithm", "pbkdf2-sha512")
			.containsEntry("hashIterations", 210000)
			.containsEntry("additionalParameters", Map.of());
	}

	@Test
	void theSamePasswordHashedTwiceGetsDifferentSalts() {
		assertThat(OwnerPassword.hash("same".toCharArray()).secretData())
			.isNotEqualTo(OwnerPassword.hash("same".toCharArray()).secretData());
	}

	@Test
	void neverPrintsTheHash() {
		OwnerPassword password = OwnerPassword.hash("pw".toCharArray());

		assertThat(password.toString()).doesNotContain(password.secretData());
	}

}
