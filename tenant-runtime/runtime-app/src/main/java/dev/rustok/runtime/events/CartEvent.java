package dev.rustok.runtime.events;

import java.util.UUID;

import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.TenantId;

/**
 * What happened to a shopper's cart, published by {@code cart.Carts} inside the
 * transaction that changed it and stored by the outbox as {@code cart.<Record>}
 * (docs/adr/0084). The cart is the aggregate.
 */
public sealed interface CartEvent extends DomainEvent {

	/** The shop the cart belongs to. */
	TenantId tenantId();

	UUID cartId();

	@Override
	default String aggregateType() {
		return "cart";
	}

	@Override
	default UUID aggregateId() {
		return cartId();
	}

	/**
	 * Checkout bought the cart: order {@code orderNumber} was placed from it in the same
	 * transaction, and the cart is closed.
	 *
	 * @param customerId the realm subject of the customer the cart belonged to,
	 * {@code null} for an anonymous cart
	 * @param units how many units the cart held, over all its lines
	 * @param subtotal the lines' sum at the prices the order was placed at
	 */
	record CartCheckedOut(TenantId tenantId, UUID cartId, UUID orderId, long orderNumber, String customerId, int lines,
			int units, Money subtotal) implements CartEvent {

	}

}
