package dev.rustok.runtime.orders;

import java.util.Map;

/** A paid order with units still to ship. */
public sealed interface Fulfillable permits PaidOrder, PartlyFulfilledOrder {

	OrderFacts facts();

	/**
	 * Ships units of some lines.
	 * @param units how many units of each line (by line number) this shipment carries
	 * @return a {@link PartlyFulfilledOrder} while units remain, else a
	 * {@link FulfilledOrder}
	 * @throws dev.rustok.runtime.shared.InvalidInput naming {@code lines} when no units,
	 * an unknown line or more units than remain are given; nothing changes then
	 */
	default Order fulfil(Map<Integer, Integer> units, Change change) {
		return Shipments.ship(facts(), units, change);
	}

}
