package dev.rustok.runtime.catalog;

import dev.rustok.runtime.shared.Money;

/**
 * A product of one tenant's catalogue.
 *
 * @param description free text, {@code null} when the merchant gave none
 */
public record Product(ProductId id, String sku, String name, String description, Money price) {

}
