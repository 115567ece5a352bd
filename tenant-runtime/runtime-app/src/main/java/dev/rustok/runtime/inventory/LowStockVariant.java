package dev.rustok.runtime.inventory;

/**
 * A tracked variant whose available stock is at or under its threshold.
 *
 * @param productTitle the title of the variant's product, for the merchant's list
 */
public record LowStockVariant(VariantId variantId, String sku, String productTitle, int available,
		int lowStockThreshold) {

}
