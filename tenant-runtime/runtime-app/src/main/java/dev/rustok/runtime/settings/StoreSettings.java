package dev.rustok.runtime.settings;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.rustok.runtime.shared.Tenant;

/** The shop's settings, read from its own schema. */
public interface StoreSettings {

	/**
	 * The name the merchant gave the shop; empty for a schema provisioned before names
	 * were kept.
	 */
	Optional<String> shopName(Tenant tenant);

	/**
	 * The currencies the shop sells in (ISO 4217 codes); a price in any other is refused.
	 */
	Set<String> currencies(Tenant tenant);

	/** The currencies that some variant price is in. */
	Set<String> currenciesInUse(Tenant tenant);

	/** Replaces the shop's currencies; the caller has checked them. */
	void changeCurrencies(Tenant tenant, List<String> currencies);

}
