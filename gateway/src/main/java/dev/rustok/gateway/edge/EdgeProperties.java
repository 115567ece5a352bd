package dev.rustok.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits the gateway applies to every request.
 *
 * @param maxRequestBody the largest request body forwarded; the services behind allow
 * less for their own APIs
 */
@ConfigurationProperties("rustok.gateway.edge")
public record EdgeProperties(@DefaultValue("1MB") DataSize maxRequestBody) {

}
