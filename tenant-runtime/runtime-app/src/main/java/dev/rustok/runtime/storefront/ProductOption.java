package dev.rustok.runtime.storefront;

import java.io.Serializable;
import java.util.List;

/**
 * An option of a product and its values in order.
 *
 * @param name for example {@code Size}
 * @param values for example {@code S, M, L}
 */
public record ProductOption(String name, List<String> values) implements Serializable {

}
