package dev.rustok.runtime.inventory;

import java.util.List;
import java.util.UUID;

/**
 * The wire shapes of the inventory admin API; requests use {@code null} for what the
 * client left out.
 */
final class InventoryJson {

	private InventoryJson() {
	}

	record NewLocationJson(String name) {

	}

	record LocationView(String id, String name, boolean isDefault) {

		static LocationView of(Location location) {
			return new LocationView(location.id().toString(), location.name(), location.isDefault());
		}

	}

	record LocationsView(List<LocationView> items) {

		static LocationsView of(List<Location> locations) {
			return new LocationsView(locations.stream().map(LocationView::of).toList());
		}

	}

	record LevelView(String locationId, String locationName, int onHand, int reserved, int available) {

		static LevelView of(StockLevel level) {
			return new LevelView(level.locationId().toString(), level.locationName(), level.onHand(), level.reserved(),
					level.available());
		}

	}

	record VariantStockView(String variantId, boolean tracked, int lowStockThreshold, int available,
			List<LevelView> levels) {

		static VariantStockView of(VariantStock stock) {
			return new VariantStockView(stock.variantId().toString(), stock.tracked(), stock.lowStockThreshold(),
					stock.available(), stock.levels().stream().map(LevelView::of).toList());
		}

	}

	record AdjustmentJson(UUID locationId, Integer delta, String reason, String note) {

		StockChange toChange() {
			return StockChange.of(this.locationId, this.delta, this.reason, this.note);
		}

	}

	record AdjustmentView(String id, String locationId, int delta, String reason, String note, String actor,
			int onHandAfter, String createdAt) {

		static AdjustmentView of(Adjustment adjustment) {
			return new AdjustmentView(adjustment.id().toString(), adjustment.locationId().toString(),
					adjustment.delta(), adjustment.reason().code(), adjustment.note(), adjustment.actor(),
					adjustment.onHandAfter(), adjustment.createdAt().toString());
		}

	}

	record AdjustmentPageView(List<AdjustmentView> items, String next) {

		static AdjustmentPageView of(AdjustmentPage page) {
			return new AdjustmentPageView(page.items().stream().map(AdjustmentView::of).toList(), page.next());
		}

	}

	record ThresholdJson(Integer lowStockThreshold) {

	}

	record LowStockView(String variantId, String sku, String productTitle, int available, int lowStockThreshold) {

		static LowStockView of(LowStockVariant variant) {
			return new LowStockView(variant.variantId().toString(), variant.sku(), variant.productTitle(),
					variant.available(), variant.lowStockThreshold());
		}

	}

	record LowStockPageView(List<LowStockView> items) {

	}

}
