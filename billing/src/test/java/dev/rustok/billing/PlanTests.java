package dev.rustok.billing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlanTests {

	@Test
	void findsEachPlanByItsCode() {
		for (Plan plan : Plan.values()) {
			assertThat(Plan.fromCode(plan.code())).isSameAs(plan);
		}
	}

	@Test
	void thePlansArePublishedAsTrialBasicProAndEnterprise() {
		assertThat(Plan.values()).extracting(Plan::code).containsExactly("trial", "basic", "pro", "enterprise");
	}

	@Test
	void rejectsAnUnknownCodeNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> Plan.fromCode("platinum"))
			.withMessageContaining("platinum");
	}

	@Test
	void findsNoPlanForAnUnknownOrMissingCode() {
		assertThat(Plan.find("platinum")).isEmpty();
		assertThat(Plan.find(null)).isEmpty();
	}

}
