package dev.rustok.runtime.settings;

import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;

/** The shop's settings, read from its own schema. */
public interface StoreSettings {

	/**
	 * The name the merchant gave the shop; empty for a schema provisioned before names
	 * were kept.
	 */
	Optional<String> shopName(Tenant tenant);

}
