package dev.rustok.gateway.routing;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway forwards to, and the secret it signs the tenant header with.
 *
 * @param secret HMAC secret shared with the tenant runtime only; from the environment or
 * a file, never committed outside application-dev.yml
 * @param controlPlaneUrl the control plane (portal, console, control API)
 * @param runtimeUrls every tenant runtime node; requests are spread round robin
 */
@ConfigurationProperties("rustok.gateway")
public record GatewayProperties(String secret, @DefaultValue("http://127.0.0.1:8081") URI controlPlaneUrl,
		@DefaultValue( {
				"http://127.0.0.1:8082", "http://127.0.0.1:8083" }) List<URI> runtimeUrls){

	public GatewayProperties {
		if (runtimeUrls == null || runtimeUrls.isEmpty()) {
			throw new IllegalArgumentException("rustok.gateway.runtime-urls must name at least one runtime node");
		}
		runtimeUrls = List.copyOf(runtimeUrls);
	}

}
