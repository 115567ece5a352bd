package dev.rustok.runtime.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secret the gateway signs the tenant header with ({@code rustok.gateway.secret}).
 *
 * @param secret shared by the gateway and the runtime only; at least 16 characters; from
 * the environment or a file, never committed outside application-dev.properties
 */
@ConfigurationProperties("rustok.gateway")
public record GatewayProperties(String secret) {

}
