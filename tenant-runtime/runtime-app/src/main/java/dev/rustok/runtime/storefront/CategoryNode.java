package dev.rustok.runtime.storefront;

import java.util.List;
import java.util.UUID;

/**
 * A category with the categories below it, in order.
 *
 * @param id its id
 * @param handle its handle
 * @param name its name
 * @param children the categories directly below it
 */
public record CategoryNode(UUID id, String handle, String name, List<CategoryNode> children) {

}
