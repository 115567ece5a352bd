package dev.rustok.gateway.ratelimit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LimitKeysTests {

	@Test
	void everyLimitOfARequestSurvivesTheTripThroughOneKey() {
		List<Limit> limits = List.of(new Limit.Storefront("acme", "pro"), new Limit.AdminApi("acme", "trial"),
				new Limit.AnonymousClient("2001:db8:0:0:0:0:0:1"), new Limit.Signup("203.0.113.9"),
				new Limit.Login("198.51.100.4"));

		assertThat(LimitKeys.decode(LimitKeys.encode(limits))).isEqualTo(limits);
	}

	@Test
	void aNewPlanIsANewBucket() {
		assertThat(new Limit.Storefront("acme", "pro").key()).isNotEqualTo(new Limit.Storefront("acme", "trial").key());
	}

	@Test
	void theStorefrontAndTheAdminApiOfOneShopAreTwoBuckets() {
		assertThat(new Limit.Storefront("acme", "pro").key()).isNotEqualTo(new Limit.AdminApi("acme", "pro").key());
	}

	@Test
	void refusesAKeyItDidNotWrite() {
		assertThatIllegalArgumentException().isThrownBy(() -> LimitKeys.decode("bogus/1"));
	}

}
