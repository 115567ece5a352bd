package dev.rustok.runtime.tenancy;

import org.jooq.impl.DefaultConfiguration;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * jOOQ hands {@code timestamptz} values to the driver as {@code OffsetDateTime} (JDBC
 * 4.2) instead of formatting each bind value to text and parsing each fetched one back,
 * which it does by default for drivers that could not: PostgreSQL's can. On the checkout
 * path that text round trip was a twentieth of jOOQ's CPU samples (docs/adr/0103). Every
 * tenant's context derives from this configuration ({@link TenantDsl}).
 */
@Component
class JooqTimestamps implements DefaultConfigurationCustomizer {

	@Override
	public void customize(DefaultConfiguration configuration) {
		configuration.set(configuration.settings().withBindOffsetDateTimeType(true));
	}

}
