package dev.rustok.runtime.catalog;

import java.time.Instant;

/**
 * A node of the shop's category tree ("Kitchen › Mugs").
 *
 * @param parentId {@code null} for a root
 * @param position the order among its siblings
 */
public record Category(CategoryId id, Handle handle, String name, CategoryId parentId, int position, int version,
		Instant createdAt) {

}
