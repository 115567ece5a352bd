package dev.rustok.gateway.cluster;

import java.util.List;

import dev.rustok.controlplane.api.ClusterSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway's embedded Hazelcast member joins the platform cluster.
 *
 * @param name the cluster name shared by every process of one platform
 * @param port this member's port
 * @param members {@code host:port} of the platform's members
 */
@ConfigurationProperties("rustok.cluster")
public record ClusterProperties(@DefaultValue("rustok-dev") String name, @DefaultValue("5701") int port,
		@DefaultValue( {
				"127.0.0.1:5701", "127.0.0.1:5702", "127.0.0.1:5703", "127.0.0.1:5704" }) List<String> members){

	public ClusterProperties {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("rustok.cluster.name must not be blank");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("rustok.cluster.port must be a TCP port, was " + port);
		}
		members = List.copyOf(members);
	}

	public ClusterSettings settings() {
		return new ClusterSettings(this.name, this.port, this.members);
	}

}
