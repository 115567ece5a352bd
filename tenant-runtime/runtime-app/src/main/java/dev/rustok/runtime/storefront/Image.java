package dev.rustok.runtime.storefront;

import java.io.Serializable;

/**
 * A product image.
 *
 * @param url an http(s) address
 * @param alt its alternative text; null when the merchant gave none
 */
public record Image(String url, String alt) implements Serializable {

}
