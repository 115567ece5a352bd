package dev.rustok.gateway.ratelimit;

import java.util.List;

import io.github.bucket4j.ConsumptionProbe;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictTests {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void aRequestIsAdmittedOnlyWhenEveryLimitAdmitsIt() {
		Verdict shop = Verdict.of(new Limit.Storefront("acme", "trial"), 20, ConsumptionProbe.consumed(5, 30 * SECOND));
		Verdict client = Verdict.of(new Limit.AnonymousClient("203.0.113.1"), 40,
				ConsumptionProbe.rejected(0, 12 * SECOND, 50 * SECOND));

		Response response = Verdict.combine(List.of(shop, client));

		assertThat(response.isAllowed()).isFalse();
		assertThat(response.getHeaders()).containsEntry("Retry-After", "12")
			.containsEntry("RateLimit-Limit", "40")
			.containsEntry("RateLimit-Remaining", "0")
			.containsEntry("RateLimit-Reset", "50");
	}

	@Test
	void anAdmittedRequestIsToldAboutTheLimitClosestToItsEnd() {
		Verdict shop = Verdict.of(new Limit.Storefront("acme", "trial"), 20, ConsumptionProbe.consumed(3, 30 * SECOND));
		Verdict client = Verdict.of(new Limit.AnonymousClient("203.0.113.1"), 40,
				ConsumptionProbe.consumed(30, 10 * SECOND));

		Response response = Verdict.combine(List.of(shop, client));

		assertThat(response.isAllowed()).isTrue();
		assertThat(response.getHeaders()).containsEntry("RateLimit-Limit", "20")
			.containsEntry("RateLimit-Remaining", "3")
			.doesNotContainKey("Retry-After");
	}

	@Test
	void withoutTheBucketsAShopRequestPassesAndASignupWaitsAMinute() {
		assertThat(Verdict.combine(List.of(Verdict.uncounted(new Limit.Storefront("acme", "pro")))).isAllowed())
			.isTrue();

		Response signup = Verdict.combine(List.of(Verdict.uncounted(new Limit.Signup("203.0.113.1"))));

		assertThat(signup.isAllowed()).isFalse();
		assertThat(signup.getHeaders()).containsEntry("Retry-After", "60").doesNotContainKey("RateLimit-Remaining");
	}

}
