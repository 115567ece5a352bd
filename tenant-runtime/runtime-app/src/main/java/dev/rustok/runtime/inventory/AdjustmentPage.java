package dev.rustok.runtime.inventory;

import java.util.List;

/**
 * Adjustments newest first, with the cursor of the next page.
 *
 * @param next pass as {@code after} for the next page; {@code null} on the last page
 */
public record AdjustmentPage(List<Adjustment> items, String next) {

	public AdjustmentPage {
		items = List.copyOf(items);
	}

}
