package dev.rustok.runtime.inventory;

/**
 * A place where a shop keeps stock: a warehouse, a store room. Every shop has exactly one
 * default location, created with its schema.
 */
public record Location(LocationId id, String name, boolean isDefault) {

}
