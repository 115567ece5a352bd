package dev.rustok.gateway.problems;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemPageTests {

	@Test
	void escapesTheHostSoAPageCannotCarryMarkup() {
		String page = ProblemPage.of(GatewayProblem.unknownHost("<script>alert(1)</script>.rustok.test"));

		assertThat(page).contains("No shop lives at &lt;script&gt;alert(1)&lt;/script&gt;.rustok.test")
			.doesNotContain("<script>");
	}

	@Test
	void namesTheStatusOnTheSuspendedShopPage() {
		String page = ProblemPage.of(GatewayProblem.suspendedTenant("frozen.rustok.test"));

		assertThat(page).contains("<h1>This shop is temporarily unavailable</h1>").contains("503 Shop unavailable");
	}

}
