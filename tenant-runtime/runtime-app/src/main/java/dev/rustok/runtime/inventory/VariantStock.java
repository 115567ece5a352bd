package dev.rustok.runtime.inventory;

import java.util.List;

import dev.rustok.runtime.shared.VariantId;

/**
 * Everything inventory knows about one variant: a level for every location of the shop
 * (zero where nothing was ever stocked), and the threshold under which it counts as low.
 *
 * @param tracked whether the product tracks inventory; when it does not, the variant is
 * always available whatever its levels say
 */
public record VariantStock(VariantId variantId, boolean tracked, int lowStockThreshold, List<StockLevel> levels) {

	public VariantStock {
		levels = List.copyOf(levels);
	}

	/** On hand minus reserved, summed over locations. */
	public int available() {
		return this.levels.stream().mapToInt(StockLevel::available).sum();
	}

}
