package dev.rustok.runtime.rules;

import java.util.List;

import dev.rustok.runtime.pricing.TaxRate;
import dev.rustok.runtime.rules.RulesJson.DiscountJson;
import dev.rustok.runtime.rules.RulesJson.DiscountView;
import dev.rustok.runtime.rules.RulesJson.ShippingJson;
import dev.rustok.runtime.rules.RulesJson.ShippingView;
import dev.rustok.runtime.rules.RulesJson.TaxJson;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API of shipping methods, tax rates and discount codes (docs/adr/0073): every
 * staff role reads, owner and admin change them (SecurityConfiguration), as with the
 * shop's settings. {@code PUT} creates or replaces by code or region.
 */
@RestController
@RequestMapping(path = "/api/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class RulesController {

	private final ShopRules rules;

	RulesController(ShopRules rules) {
		this.rules = rules;
	}

	@GetMapping("/shipping-methods")
	List<ShippingView> shippingMethods(Tenant tenant) {
		return this.rules.shippingOptions(tenant).stream().map(ShippingView::of).toList();
	}

	@PutMapping(path = "/shipping-methods/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ShippingView putShippingMethod(Tenant tenant, @PathVariable String code, @RequestBody ShippingJson request) {
		ShippingOption option = request.option(code);
		this.rules.putShippingOption(tenant, option);
		return ShippingView.of(option);
	}

	@DeleteMapping("/shipping-methods/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteShippingMethod(Tenant tenant, @PathVariable String code) {
		this.rules.deleteShippingOption(tenant, code);
	}

	@GetMapping("/tax-rates")
	List<TaxRate> taxRates(Tenant tenant) {
		return this.rules.taxRates(tenant);
	}

	@PutMapping(path = "/tax-rates/{region}", consumes = MediaType.APPLICATION_JSON_VALUE)
	TaxRate putTaxRate(Tenant tenant, @PathVariable String region, @RequestBody TaxJson request) {
		TaxRate rate = request.rate(region);
		this.rules.putTaxRate(tenant, rate);
		return rate;
	}

	@DeleteMapping("/tax-rates/{region}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteTaxRate(Tenant tenant, @PathVariable String region) {
		this.rules.deleteTaxRate(tenant, region);
	}

	@GetMapping("/discount-codes")
	List<DiscountView> discountCodes(Tenant tenant) {
		return this.rules.discountCodes(tenant).stream().map(DiscountView::of).toList();
	}

	@PutMapping(path = "/discount-codes/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	DiscountView putDiscountCode(Tenant tenant, @PathVariable String code, @RequestBody DiscountJson request) {
		DiscountCode discount = request.code(code);
		this.rules.putDiscountCode(tenant, discount);
		return this.rules.discountCodes(tenant)
			.stream()
			.filter((stored) -> stored.code().equals(discount.code()))
			.map(DiscountView::of)
			.findFirst()
			.orElseThrow();
	}

	@DeleteMapping("/discount-codes/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteDiscountCode(Tenant tenant, @PathVariable String code) {
		this.rules.deleteDiscountCode(tenant, code);
	}

}
