package dev.rustok.runtime.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.rustok.runtime.events.CatalogEvent;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

/** The price differences of one edit, variant by variant and currency by currency. */
record PriceChanges(ProductId product, VariantId variant, String currency, Long before, Long after) {

	static List<PriceChanges> between(Product before, Product after) {
		Map<VariantId, Variant> old = new HashMap<>();
		before.variants().forEach((variant) -> old.put(variant.id(), variant));
		List<PriceChanges> changes = new ArrayList<>();
		for (Variant variant : after.variants()) {
			Map<String, Long> was = amounts(old.get(variant.id()));
			Map<String, Long> now = amounts(variant);
			Set<String> currencies = new TreeSet<>(was.keySet());
			currencies.addAll(now.keySet());
			for (String currency : currencies) {
				if (!Objects.equals(was.get(currency), now.get(currency))) {
					changes.add(
							new PriceChanges(after.id(), variant.id(), currency, was.get(currency), now.get(currency)));
				}
			}
		}
		return changes;
	}

	private static Map<String, Long> amounts(Variant variant) {
		Map<String, Long> amounts = new HashMap<>();
		if (variant != null) {
			variant.prices().forEach((price) -> amounts.put(price.currency(), price.amountMinor()));
		}
		return amounts;
	}

	CatalogEvent.VariantPriceChanged event(Tenant tenant) {
		return new CatalogEvent.VariantPriceChanged(tenant.id(), this.product.value(), this.variant.value(),
				this.currency, this.before, this.after);
	}

}
