package dev.rustok.runtime.inventory;

/**
 * Stock of one variant at one location.
 *
 * @param onHand units on the shelf, {@code >= 0}
 * @param reserved units checkouts hold, {@code 0 <= reserved <= onHand}
 */
public record StockLevel(LocationId locationId, String locationName, boolean defaultLocation, int onHand,
		int reserved) {

	/** Units a new checkout may still reserve here. */
	public int available() {
		return this.onHand - this.reserved;
	}

}
