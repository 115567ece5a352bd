package dev.rustok.runtime.storefront;

import java.io.Serializable;
import java.util.UUID;

/**
 * A collection without its products.
 *
 * @param id its id
 * @param handle its handle
 * @param title its title
 * @param description its description; null when none
 * @param parent the handle of the collection it is nested in; null at the top
 */
public record CollectionSummary(UUID id, String handle, String title, String description,
		String parent) implements Serializable {

}
