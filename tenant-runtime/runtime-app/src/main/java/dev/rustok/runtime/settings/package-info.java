/**
 * The shop's own settings, kept in its schema ({@code store_settings}): its name, which
 * provisioning writes at signup and the storefront shows, and the currencies it sells in
 * ({@code /api/admin/settings}), which the catalogue checks prices against. Publishes
 * {@code ShopCurrenciesChanged} in the change's transaction (a Spring event for the
 * storefront's cache, not an outbox event) and consumes none; depends on {@code shared},
 * {@code tenancy} and the generated {@code schema} only.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
package dev.rustok.runtime.settings;

import org.springframework.modulith.ApplicationModule;
