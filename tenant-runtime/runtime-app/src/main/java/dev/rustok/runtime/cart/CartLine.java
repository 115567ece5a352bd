package dev.rustok.runtime.cart;

import dev.rustok.runtime.shared.VariantId;

/** A variant in the cart and how many of it, 1 to {@value Carts#MAX_QUANTITY}. */
public record CartLine(VariantId variantId, int quantity) {

}
