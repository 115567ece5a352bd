package dev.rustok.runtime.settings;

import dev.rustok.runtime.shared.Tenant;

/**
 * The currencies a shop sells in were changed: published in the change's transaction, for
 * readers that keep the shop's currencies (the storefront's cache, docs/adr/0108). Not a
 * domain event in the outbox: nothing outside this runtime reacts to it, and a reader
 * that misses it (its node down) reads the currencies again when its answers expire.
 *
 * @param tenant the shop
 */
public record ShopCurrenciesChanged(Tenant tenant) {

}
