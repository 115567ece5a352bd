package dev.rustok.runtime.tenancy;

import java.util.List;

import dev.rustok.controlplane.api.ClusterSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this node joins the platform's Hazelcast cluster ({@code rustok.cluster.*}); the
 * defaults join the local dev platform.
 */
@ConfigurationProperties("rustok.cluster")
public record ClusterProperties(@DefaultValue("rustok-dev") String name, @DefaultValue("5701") int port,
		@DefaultValue( {
				"127.0.0.1:5701", "127.0.0.1:5702", "127.0.0.1:5703", "127.0.0.1:5704" }) List<String> members){

	ClusterSettings settings() {
		return new ClusterSettings(this.name, this.port, this.members);
	}

}
