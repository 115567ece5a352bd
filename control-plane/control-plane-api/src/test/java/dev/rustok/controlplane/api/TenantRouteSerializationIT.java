package dev.rustok.controlplane.api;

import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.nio.serialization.genericrecord.GenericRecord;
import com.hazelcast.nio.serialization.genericrecord.GenericRecordBuilder;
import dev.rustok.devservices.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route as a member built before {@link TenantRoute#shard} existed writes it (the same
 * compact type without that field), read by a member that knows the field.
 */
class TenantRouteSerializationIT {

	private final int port = FreePorts.next();

	private final HazelcastInstance member = PlatformCluster.start(ClusterSettings
		.onLoopback("route-serialization-it-" + UUID.randomUUID(), this.port, List.of("127.0.0.1:" + this.port)));

	@AfterEach
	void shutDown() {
		this.member.shutdown();
	}

	@Test
	void aRouteWrittenWithoutAShardReadsBackOnTheDefaultShard() {
		GenericRecord older = GenericRecordBuilder.compact(TenantRoute.class.getName())
			.setString("host", "acme.localhost")
			.setString("tenantId", "acme")
			.setString("status", TenantStatus.ACTIVE.name())
			.setString("realm", "tenant-acme")
			.setString("plan", "trial")
			.setString("schema", "t_acme")
			.build();
		IMap<String, Object> routes = this.member.getMap(TenantRouteMaps.BY_TENANT_ID);
		routes.set("acme", older);

		TenantRoute read = TenantRouteMaps.byTenantId(this.member).get("acme");

		assertThat(read).isEqualTo(new TenantRoute("acme.localhost", "acme", TenantStatus.ACTIVE, "tenant-acme",
				"trial", "t_acme", TenantRoute.DEFAULT_SHARD));
	}

}
