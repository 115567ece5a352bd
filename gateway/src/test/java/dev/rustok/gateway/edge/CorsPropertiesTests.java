package dev.rustok.gateway.edge;

import java.util.List;

import dev.rustok.gateway.edge.CorsProperties.HostOrigins;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CorsPropertiesTests {

	@Test
	void takesExactOriginsForOneHost() {
		CorsProperties properties = new CorsProperties(
				List.of(new HostOrigins("Acme.Shops.Example", List.of("https://Partner.example:8443"))));

		assertThat(properties.originsByHost()).containsEntry("acme.shops.example",
				List.of("https://partner.example:8443"));
	}

	@Test
	void refusesWildcardsPathsAndOtherSchemesAtStartUp() {
		for (String origin : List.of("*", "https://*.example", "https://partner.example/app", "null",
				"ftp://partner.example", "https://user@partner.example", "partner.example")) {
			assertThatIllegalArgumentException().as(origin)
				.isThrownBy(() -> new HostOrigins("acme.shops.example", List.of(origin)));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new HostOrigins("*.shops.example", List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsProperties(
				List.of(new HostOrigins("acme.example", List.of()), new HostOrigins("ACME.example", List.of()))));
	}

	@Test
	void letsThePagesOfTheHostItselfAndTheConfiguredOriginsOnly() {
		HostCors cors = new HostCors("acme.shops.example", List.of("https://partner.example"));

		assertThat(cors.checkOrigin("http://acme.shops.example:8080")).isNotNull();
		assertThat(cors.checkOrigin("https://partner.example")).isNotNull();
		assertThat(cors.checkOrigin("https://acme.shops.example.evil.example")).isNull();
		assertThat(cors.checkOrigin("https://partner.example:444")).isNull();
		assertThat(cors.checkOrigin("null")).isNull();
	}

}
