package dev.rustok.runtime.web.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemPagesTests {

	@Test
	void givesBrowsersAPageAndProgramsJson() {
		assertThat(ProblemPages.prefersHtml("text/html,application/xhtml+xml,*/*;q=0.8")).isTrue();
		assertThat(ProblemPages.prefersHtml("application/json")).isFalse();
		assertThat(ProblemPages.prefersHtml("application/json, text/html;q=0.5")).isFalse();
		assertThat(ProblemPages.prefersHtml("*/*")).isFalse();
		assertThat(ProblemPages.prefersHtml(null)).isFalse();
		assertThat(ProblemPages.prefersHtml("not a media type;;")).isFalse();
	}

	@Test
	void writesAProblemWithoutNamingTheServer() {
		assertThat(ProblemPages.json(400))
			.startsWith("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400")
			.doesNotContainIgnoringCase("tomcat");
		assertThat(ProblemPages.html(400)).contains("<title>400 Bad Request</title>").doesNotContain("<style");
	}

}
