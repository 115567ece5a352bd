package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.orders.NewOrder;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.PendingOrder;
import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.pricing.PricingRules;
import dev.rustok.runtime.pricing.ShippingMethod;
import dev.rustok.runtime.pricing.TaxRate;
import dev.rustok.runtime.pricing.TotalsCalculation;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;

/**
 * Orders placed through the orders facade as checkout places them (EUR, flat shipping,
 * German tax included), for the tests of what comes after checkout.
 */
final class PlacedOrders {

	private PlacedOrders() {
	}

	static Tenant tenant(Shop shop) {
		return new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(), shop.route().shard());
	}

	/** A pending order of {@code lines} lines, two units of a 12.50 mug each. */
	static PendingOrder place(OrderBook orders, Shop shop, String placedBy, int lines) {
		List<PricedLine> priced = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			priced.add(new PricedLine(new VariantId(UUID.randomUUID()), "SKU-" + i, "Mug " + i, new Money(1_250, "EUR"),
					2, 300));
		}
		PricingRules rules = new PricingRules(new ShippingMethod.FlatRate("standard", new Money(490, "EUR")),
				new TaxRate("DE", 1_900, true), Optional.empty());
		return orders.place(tenant(shop),
				new NewOrder(priced, TotalsCalculation.totals(priced, rules), List.of(), placedBy));
	}

}
