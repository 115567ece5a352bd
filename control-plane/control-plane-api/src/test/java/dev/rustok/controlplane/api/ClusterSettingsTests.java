package dev.rustok.controlplane.api;

import java.util.List;
import java.util.Map;

import dev.rustok.controlplane.api.ClusterSettings.Join;
import dev.rustok.controlplane.api.ClusterSettings.Role;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code rustok.cluster.*} bound the way every service binds it. */
class ClusterSettingsTests {

	@Test
	void joinsTheLocalDevPlatformOnLoopbackWhenNothingIsConfigured() {
		ClusterSettings settings = bind(Map.of());

		assertThat(settings).isEqualTo(new ClusterSettings("rustok-dev", "127.0.0.1", 5701, Role.DATA, Join.TCP_IP,
				List.of("127.0.0.1:5701", "127.0.0.1:5702", "127.0.0.1:5703", "127.0.0.1:5704"),
				new ClusterSettings.Kubernetes(null, null)));
	}

	@Test
	void bindsEverySettingFromConfiguration() {
		ClusterSettings settings = bind(Map.of("rustok.cluster.name", "shop-platform", "rustok.cluster.bind-address",
				"10.1.2.3", "rustok.cluster.port", "5801", "rustok.cluster.role", "lite", "rustok.cluster.join",
				"kubernetes", "rustok.cluster.kubernetes.namespace", "rustok", "rustok.cluster.kubernetes.service-name",
				"rustok-cluster"));

		assertThat(settings.name()).isEqualTo("shop-platform");
		assertThat(settings.bindAddress()).isEqualTo("10.1.2.3");
		assertThat(settings.port()).isEqualTo(5801);
		assertThat(settings.role()).isEqualTo(Role.LITE);
		assertThat(settings.join()).isEqualTo(Join.KUBERNETES);
		assertThat(settings.kubernetes()).isEqualTo(new ClusterSettings.Kubernetes("rustok", "rustok-cluster"));
	}

	@Test
	void bindsTheEnvironmentVariablesAKubernetesPodIsGiven() {
		var environment = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("RUSTOK_CLUSTER_BINDADDRESS", "10.42.0.17", "RUSTOK_CLUSTER_JOIN", "kubernetes",
						"RUSTOK_CLUSTER_ROLE", "lite", "RUSTOK_CLUSTER_KUBERNETES_SERVICENAME", "rustok-cluster"));

		ClusterSettings settings = new Binder(ConfigurationPropertySources.from(environment))
			.bindOrCreate("rustok.cluster", ClusterSettings.class);

		assertThat(settings.bindAddress()).isEqualTo("10.42.0.17");
		assertThat(settings.join()).isEqualTo(Join.KUBERNETES);
		assertThat(settings.role()).isEqualTo(Role.LITE);
		assertThat(settings.kubernetes().serviceName()).isEqualTo("rustok-cluster");
	}

	@Test
	void bindsACommaSeparatedMemberList() {
		ClusterSettings settings = bind(
				Map.of("rustok.cluster.join", "tcp-ip", "rustok.cluster.members", "127.0.0.1:6001,127.0.0.1:6002"));

		assertThat(settings.members()).containsExactly("127.0.0.1:6001", "127.0.0.1:6002");
	}

	@Test
	void refusesToListenOnEveryInterface() {
		assertThatThrownBy(() -> bind(Map.of("rustok.cluster.bind-address", "0.0.0.0")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("rustok.cluster.bind-address")
			.hasMessageContaining("every network");
	}

	@Test
	void refusesAnAddressThatIsNotAnIpv4Literal() {
		assertThatThrownBy(() -> bind(Map.of("rustok.cluster.bind-address", "*"))).rootCause()
			.hasMessageContaining("rustok.cluster.bind-address must be an IPv4 address");
	}

	@Test
	void refusesABlankClusterNameAndAPortOutOfRange() {
		assertThatThrownBy(() -> bind(Map.of("rustok.cluster.name", " "))).rootCause()
			.hasMessage("rustok.cluster.name must not be blank");
		assertThatThrownBy(() -> bind(Map.of("rustok.cluster.port", "70000"))).rootCause()
			.hasMessageContaining("rustok.cluster.port must be a TCP port");
	}

	private static ClusterSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("rustok.cluster",
				ClusterSettings.class);
	}

}
