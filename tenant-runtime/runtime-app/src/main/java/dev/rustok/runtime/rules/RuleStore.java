package dev.rustok.runtime.rules;

import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.pricing.TaxRate;
import dev.rustok.runtime.shared.Tenant;

/** Where a shop's checkout rules are kept. Codes and regions are upper case. */
interface RuleStore {

	List<ShippingOption> shippingOptions(Tenant tenant);

	Optional<ShippingOption> shippingOption(Tenant tenant, String code);

	void putShippingOption(Tenant tenant, ShippingOption option);

	boolean deleteShippingOption(Tenant tenant, String code);

	List<TaxRate> taxRates(Tenant tenant);

	Optional<TaxRate> taxRate(Tenant tenant, String region);

	void putTaxRate(Tenant tenant, TaxRate rate);

	boolean deleteTaxRate(Tenant tenant, String region);

	List<DiscountCode> discountCodes(Tenant tenant);

	Optional<DiscountCode> discountCode(Tenant tenant, String code);

	/** Inserts the code, or replaces its terms keeping its used count. */
	void putDiscountCode(Tenant tenant, DiscountCode code);

	boolean deleteDiscountCode(Tenant tenant, String code);

	/**
	 * Counts one more use unless that would pass the limit; one conditional update, so
	 * two racing checkouts cannot both take the last use.
	 */
	boolean redeem(Tenant tenant, String code);

}
