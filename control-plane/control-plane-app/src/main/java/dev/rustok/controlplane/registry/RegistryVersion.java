package dev.rustok.controlplane.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A number that moves with every committed change of the tenant registry (a trigger on
 * {@code control.tenant}, migration V4): equal numbers mean nothing changed in between.
 */
@Repository
public class RegistryVersion {

	private final JdbcClient jdbc;

	RegistryVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		return this.jdbc.sql("select version from control.registry_version").query(Long.class).single();
	}

}
