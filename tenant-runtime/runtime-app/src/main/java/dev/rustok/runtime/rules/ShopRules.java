package dev.rustok.runtime.rules;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.rustok.runtime.pricing.TaxRate;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the merchant's checkout rules (docs/adr/0073). Every call names its tenant
 * and is one transaction.
 */
@Service
@Transactional
public class ShopRules {

	private final RuleStore store;

	ShopRules(RuleStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public List<ShippingOption> shippingOptions(Tenant tenant) {
		return this.store.shippingOptions(tenant);
	}

	/**
	 * The method the shopper chose.
	 * @throws InvalidInput naming {@code shippingMethod} when the shop has no such method
	 */
	@Transactional(readOnly = true)
	public ShippingOption shippingOption(Tenant tenant, String code) {
		return this.store.shippingOption(tenant, normalized(code))
			.orElseThrow(() -> new InvalidInput(List.of(new FieldProblem("shippingMethod",
					"is not a shipping method of this shop: choose one of its methods"))));
	}

	public void putShippingOption(Tenant tenant, ShippingOption option) {
		this.store.putShippingOption(tenant, option);
	}

	public void deleteShippingOption(Tenant tenant, String code) {
		if (!this.store.deleteShippingOption(tenant, normalized(code))) {
			throw new ResourceNotFound("This shop has no shipping method " + code);
		}
	}

	@Transactional(readOnly = true)
	public List<TaxRate> taxRates(Tenant tenant) {
		return this.store.taxRates(tenant);
	}

	/**
	 * The rate of the most specific region the address is in ({@code US-NY}, then
	 * {@code US}); no tax where the shop has no rate.
	 */
	@Transactional(readOnly = true)
	public TaxRate taxFor(Tenant tenant, String country, String subdivision) {
		String countryCode = normalized(country);
		Optional<TaxRate> specific = (subdivision == null || subdivision.isBlank()) ? Optional.empty()
				: this.store.taxRate(tenant, countryCode + "-" + normalized(subdivision));
		return specific.or(() -> this.store.taxRate(tenant, countryCode)).orElse(TaxRate.none(countryCode));
	}

	public void putTaxRate(Tenant tenant, TaxRate rate) {
		this.store.putTaxRate(tenant, rate);
	}

	public void deleteTaxRate(Tenant tenant, String region) {
		if (!this.store.deleteTaxRate(tenant, normalized(region))) {
			throw new ResourceNotFound("This shop has no tax rate for " + region);
		}
	}

	@Transactional(readOnly = true)
	public List<DiscountCode> discountCodes(Tenant tenant) {
		return this.store.discountCodes(tenant);
	}

	/**
	 * A code the shopper may use at {@code now}.
	 * @throws InvalidInput naming {@code discountCode} when the shop has no such code, or
	 * it has not started, has expired or is used up
	 */
	@Transactional(readOnly = true)
	public DiscountCode usableCode(Tenant tenant, String code, Instant now) {
		DiscountCode found = this.store.discountCode(tenant, normalized(code))
			.orElseThrow(() -> invalidCode("is not a discount code of this shop"));
		found.refusal(now).ifPresent((why) -> {
			throw invalidCode(why);
		});
		return found;
	}

	/**
	 * Counts a use of the code by an order being placed.
	 * @throws ResourceConflict naming {@code discountCode} when its last use was taken
	 * meanwhile
	 */
	public void redeem(Tenant tenant, String code) {
		if (!this.store.redeem(tenant, normalized(code))) {
			throw new ResourceConflict(new FieldProblem("discountCode", "has been used up"));
		}
	}

	public void putDiscountCode(Tenant tenant, DiscountCode code) {
		this.store.putDiscountCode(tenant, code);
	}

	public void deleteDiscountCode(Tenant tenant, String code) {
		if (!this.store.deleteDiscountCode(tenant, normalized(code))) {
			throw new ResourceNotFound("This shop has no discount code " + code);
		}
	}

	/** Codes and regions are kept upper case and matched case-insensitively. */
	public static String normalized(String code) {
		return (code == null) ? "" : code.strip().toUpperCase(Locale.ROOT);
	}

	private static InvalidInput invalidCode(String why) {
		return new InvalidInput(List.of(new FieldProblem("discountCode", why)));
	}

}
