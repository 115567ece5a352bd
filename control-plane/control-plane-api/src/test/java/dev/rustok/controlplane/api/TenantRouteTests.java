package dev.rustok.controlplane.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a route says about where its tenant lives. */
class TenantRouteTests {

	@Test
	void aRoutePublishedBeforeShardsWereRecordedLivesOnTheDefaultShard() {
		TenantRoute route = new TenantRoute("acme.localhost", "acme", TenantStatus.ACTIVE, "tenant-acme", "trial",
				"t_acme", null);

		assertThat(route.shard()).isEqualTo(TenantRoute.DEFAULT_SHARD);
	}

	@Test
	void keepsItsShardWhenSuspended() {
		TenantRoute route = new TenantRoute("acme.localhost", "acme", TenantStatus.ACTIVE, "tenant-acme", "trial",
				"t_acme", "eu-2");

		assertThat(route.withStatus(TenantStatus.SUSPENDED).shard()).isEqualTo("eu-2");
	}

}
