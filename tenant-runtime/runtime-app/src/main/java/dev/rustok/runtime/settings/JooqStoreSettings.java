package dev.rustok.runtime.settings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.STORE_SETTINGS;
import static dev.rustok.runtime.schema.Tables.VARIANT_PRICE;

/** {@code store_settings} in the tenant's own schema, through {@link TenantDsl}. */
@Component
class JooqStoreSettings implements StoreSettings {

	/** What a schema without a settings row sells in: the column's default (V3). */
	static final Set<String> DEFAULT_CURRENCIES = Set.of("EUR", "USD");

	private final TenantDsl dsl;

	JooqStoreSettings(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<String> shopName(Tenant tenant) {
		return this.dsl.of(tenant)
			.select(STORE_SETTINGS.SHOP_NAME)
			.from(STORE_SETTINGS)
			.fetchOptional(STORE_SETTINGS.SHOP_NAME);
	}

	@Override
	public Set<String> currencies(Tenant tenant) {
		return this.dsl.of(tenant)
			.select(STORE_SETTINGS.CURRENCIES)
			.from(STORE_SETTINGS)
			.fetchOptional(STORE_SETTINGS.CURRENCIES)
			.map((codes) -> Set.copyOf(new LinkedHashSet<>(List.of(codes))))
			.orElse(DEFAULT_CURRENCIES);
	}

	@Override
	public Set<String> currenciesInUse(Tenant tenant) {
		// the catalogue's table, read here so that settings need not depend on the
		// catalogue (docs/adr/0032)
		return Set.copyOf(this.dsl.of(tenant)
			.selectDistinct(VARIANT_PRICE.CURRENCY)
			.from(VARIANT_PRICE)
			.fetch(VARIANT_PRICE.CURRENCY));
	}

	@Override
	public void changeCurrencies(Tenant tenant, List<String> currencies) {
		int updated = this.dsl.of(tenant)
			.update(STORE_SETTINGS)
			.set(STORE_SETTINGS.CURRENCIES, currencies.toArray(String[]::new))
			.set(STORE_SETTINGS.UPDATED_AT, DSL.currentOffsetDateTime())
			.execute();
		if (updated == 0) {
			throw new IllegalStateException("the shop's schema has no store_settings row");
		}
	}

}
