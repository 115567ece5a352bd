package dev.rustok.runtime.cart;

import java.util.Collection;
import java.util.Map;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

/** The catalogue as carts read it: variants, their products' status and prices. */
interface CatalogOffers {

	/** The offers of the variants the shop has; unknown ids are left out. */
	Map<VariantId, VariantOffer> offers(Tenant tenant, Collection<VariantId> variants, String currency);

}
