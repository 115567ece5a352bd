package dev.rustok.gateway.problems;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPreferenceTests {

	@Test
	void givesABrowserAPage() {
		assertThat(prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isTrue();
	}

	@Test
	void givesCurlAndApiClientsProblemJson() {
		assertThat(prefersHtml("*/*")).isFalse();
		assertThat(prefersHtml("application/json")).isFalse();
		assertThat(prefersHtml(null)).isFalse();
	}

	@Test
	void followsTheClientsQualityWhenItAcceptsBoth() {
		assertThat(prefersHtml("text/html;q=0.5, application/problem+json")).isFalse();
		assertThat(prefersHtml("application/json;q=0.5, text/html")).isTrue();
	}

	@Test
	void treatsAMalformedAcceptAsAnApiClient() {
		assertThat(prefersHtml("text/html;q=")).isFalse();
	}

	private static boolean prefersHtml(String accept) {
		HttpHeaders headers = new HttpHeaders();
		if (accept != null) {
			headers.set(HttpHeaders.ACCEPT, accept);
		}
		return HtmlPreference.prefersHtml(headers);
	}

}
