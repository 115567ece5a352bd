package dev.rustok.billing;

import java.util.Map;

import dev.rustok.billing.PlanCatalogProperties.QuotaOverrides;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlanCatalogTests {

	@Test
	void everyPaidPlanAllowsAtLeastAsMuchAsTheOneBelowIt() {
		PlanCatalog catalog = PlanCatalog.defaults();
		Plan[] plans = Plan.values();
		for (int i = 1; i < plans.length; i++) {
			Quota lower = catalog.quota(plans[i - 1]);
			Quota higher = catalog.quota(plans[i]);
			assertThat(higher.storefrontRequestsPerMinute()).isGreaterThan(lower.storefrontRequestsPerMinute());
			assertThat(higher.adminRequestsPerMinute()).isGreaterThan(lower.adminRequestsPerMinute());
			assertThat(higher.burstPerSecond()).isGreaterThan(lower.burstPerSecond());
			assertThat(higher.productsAllowed()).isGreaterThan(lower.productsAllowed());
			assertThat(higher.staffAccounts()).isGreaterThan(lower.staffAccounts());
		}
	}

	@Test
	void aConfiguredValueReplacesOnlyItsDefault() {
		PlanCatalogProperties properties = new PlanCatalogProperties(
				Map.of("pro", new QuotaOverrides(20_000, null, null, null, 42)));

		Quota pro = properties.catalog().quota(Plan.PRO);

		Quota defaults = PlanCatalog.defaults().quota(Plan.PRO);
		assertThat(pro).isEqualTo(new Quota(20_000, defaults.adminRequestsPerMinute(), defaults.burstPerSecond(),
				defaults.productsAllowed(), 42));
		assertThat(properties.catalog().quota(Plan.BASIC)).isEqualTo(PlanCatalog.defaults().quota(Plan.BASIC));
	}

	@Test
	void nothingConfiguredMeansTheDefaults() {
		PlanCatalog catalog = new PlanCatalogProperties(null).catalog();

		for (Plan plan : Plan.values()) {
			assertThat(catalog.quota(plan)).isEqualTo(PlanCatalog.defaults().quota(plan));
		}
	}

	@Test
	void refusesConfigurationForAPlanThatDoesNotExist() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new PlanCatalogProperties(Map.of("platinum", new QuotaOverrides(1, null, null, null, null))))
			.withMessageContaining("platinum");
	}

	@Test
	void refusesAQuotaThatAdmitsNothing() {
		PlanCatalogProperties properties = new PlanCatalogProperties(
				Map.of("trial", new QuotaOverrides(0, null, null, null, null)));

		assertThatIllegalArgumentException().isThrownBy(properties::catalog)
			.withMessageContaining("storefrontRequestsPerMinute");
	}

	@Test
	void aRouteWithAnUnknownPlanCodeGetsTheTrialQuota() {
		PlanCatalog catalog = PlanCatalog.defaults();

		assertThat(catalog.quotaForCode("platinum")).isEqualTo(catalog.quota(Plan.TRIAL));
		assertThat(catalog.quotaForCode("pro")).isEqualTo(catalog.quota(Plan.PRO));
	}

}
