package dev.rustok.runtime.settings;

import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.STORE_SETTINGS;

/** {@code store_settings} in the tenant's own schema, through {@link TenantDsl}. */
@Component
class JooqStoreSettings implements StoreSettings {

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

}
