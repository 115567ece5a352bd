package dev.rustok.runtime.storefront;

import java.io.Serializable;
import java.util.UUID;

import dev.rustok.runtime.shared.Money;

/**
 * A product as a list shows it.
 *
 * @param id the product's id
 * @param handle its current handle, the last part of its address
 * @param title its title
 * @param priceMin its cheapest variant in the listed currency; null when no variant has a
 * price in it
 * @param priceMax its dearest variant in that currency; null likewise
 * @param compareAtMin the lowest compare-at price ("was") in that currency; null when
 * none
 * @param image its first image; null when it has none
 * @param available whether a shopper can buy it now: stock not tracked, or some variant
 * with stock that no checkout holds
 */
public record ProductCard(UUID id, String handle, String title, Money priceMin, Money priceMax, Money compareAtMin,
		Image image, boolean available) implements Serializable {

}
