package dev.rustok.runtime.cart;

/**
 * The cart a shopper goes on with when they need one (docs/adr/0096).
 *
 * @param created whether it was made now; {@code false} when it is the open cart the
 * signed-in customer already had (a customer has one open cart)
 */
public record StartedCart(Cart cart, boolean created) {

}
