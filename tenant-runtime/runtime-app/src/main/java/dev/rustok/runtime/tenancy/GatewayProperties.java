package dev.rustok.runtime.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secret the gateway signs the tenant header with ({@code rustok.gateway.secret}).
 *
 * @param secret shared by the gateway and the runtime only; at least 16 characters
 */
@ConfigurationProperties("rustok.gateway")
public record GatewayProperties(@DefaultValue("dev-only-gateway-secret-change-me") String secret) {

}
