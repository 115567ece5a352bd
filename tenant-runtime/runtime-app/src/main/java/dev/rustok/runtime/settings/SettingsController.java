package dev.rustok.runtime.settings;

import java.util.List;

import dev.rustok.runtime.shared.Tenant;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's settings for its staff: read by every staff role, changed by owner and admin
 * only ({@code security.SecurityConfiguration}).
 */
@RestController
@RequestMapping(path = "/api/admin/settings", produces = MediaType.APPLICATION_JSON_VALUE)
class SettingsController {

	private final ShopCurrencies currencies;

	SettingsController(ShopCurrencies currencies) {
		this.currencies = currencies;
	}

	@GetMapping
	SettingsJson settings(Tenant tenant) {
		return new SettingsJson(this.currencies.currencies(tenant));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	SettingsJson change(Tenant tenant, @RequestBody SettingsJson settings) {
		return new SettingsJson(this.currencies.change(tenant, settings.currencies()));
	}

	/**
	 * @param currencies ISO 4217 codes, sorted
	 */
	record SettingsJson(List<String> currencies) {

	}

}
