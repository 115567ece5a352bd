package dev.rustok.runtime.customers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Customer sign-in settings ({@code rustok.customers.*}).
 *
 * @param sessionKey the secret every runtime node seals customers' session cookies with
 * (the same on all nodes, so any node reads a cookie another wrote); from the environment
 * or a secret file, a committed value only in the dev profile (tenancy.RequiredSecrets)
 * @param sessionLifetime how long a sign-in lasts on the storefront
 */
@ConfigurationProperties("rustok.customers")
public record CustomersProperties(String sessionKey, @DefaultValue("PT12H") Duration sessionLifetime) {

	public CustomersProperties {
		if (sessionKey == null || sessionKey.length() < 32) {
			throw new IllegalArgumentException(
					"rustok.customers.session-key must be set to a secret of at least 32 characters");
		}
	}

	@Override
	public String toString() {
		return "CustomersProperties[sessionLifetime=" + this.sessionLifetime + "]";
	}

}
