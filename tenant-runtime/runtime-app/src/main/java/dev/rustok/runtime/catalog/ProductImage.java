package dev.rustok.runtime.catalog;

/**
 * An image of a product, by its http(s) URL; products list them in order.
 *
 * @param alt text for who cannot see the image, {@code null} when none
 */
public record ProductImage(String url, String alt) {

}
