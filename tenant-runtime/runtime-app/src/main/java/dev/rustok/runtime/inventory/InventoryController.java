package dev.rustok.runtime.inventory;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.inventory.InventoryJson.AdjustmentJson;
import dev.rustok.runtime.inventory.InventoryJson.AdjustmentPageView;
import dev.rustok.runtime.inventory.InventoryJson.LevelView;
import dev.rustok.runtime.inventory.InventoryJson.LocationView;
import dev.rustok.runtime.inventory.InventoryJson.LocationsView;
import dev.rustok.runtime.inventory.InventoryJson.LowStockPageView;
import dev.rustok.runtime.inventory.InventoryJson.LowStockView;
import dev.rustok.runtime.inventory.InventoryJson.NewLocationJson;
import dev.rustok.runtime.inventory.InventoryJson.ThresholdJson;
import dev.rustok.runtime.inventory.InventoryJson.VariantStockView;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inventory admin API (docs/adr/0028): every staff role reads, owner, admin and
 * editor write (SecurityConfiguration).
 */
@RestController
@RequestMapping(path = "/api/admin/inventory", produces = MediaType.APPLICATION_JSON_VALUE)
class InventoryController {

	private final Inventory inventory;

	InventoryController(Inventory inventory) {
		this.inventory = inventory;
	}

	@GetMapping("/locations")
	LocationsView locations(Tenant tenant) {
		return LocationsView.of(this.inventory.locations(tenant));
	}

	@GetMapping("/locations/{locationId}")
	LocationView location(Tenant tenant, @PathVariable UUID locationId) {
		LocationId id = new LocationId(locationId);
		return this.inventory.locations(tenant)
			.stream()
			.filter((location) -> location.id().equals(id))
			.findFirst()
			.map(LocationView::of)
			.orElseThrow(() -> new ResourceNotFound("This shop has no location " + id));
	}

	@PostMapping(path = "/locations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<LocationView> addLocation(Tenant tenant, @RequestBody NewLocationJson request) {
		Location location = this.inventory.addLocation(tenant, request.name());
		return ResponseEntity.created(URI.create("/api/admin/inventory/locations/" + location.id()))
			.body(LocationView.of(location));
	}

	@GetMapping("/variants/{variantId}")
	VariantStockView variant(Tenant tenant, @PathVariable UUID variantId) {
		return VariantStockView.of(this.inventory.levels(tenant, new VariantId(variantId)));
	}

	@PostMapping(path = "/variants/{variantId}/adjustments", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<LevelView> adjust(Tenant tenant, @PathVariable UUID variantId, @RequestBody AdjustmentJson request,
			Principal staff) {
		StockLevel level = this.inventory.adjust(tenant, new VariantId(variantId), request.toChange(), staff.getName());
		return ResponseEntity.created(URI.create("/api/admin/inventory/variants/" + variantId + "/adjustments"))
			.body(LevelView.of(level));
	}

	@GetMapping("/variants/{variantId}/adjustments")
	AdjustmentPageView adjustments(Tenant tenant, @PathVariable UUID variantId,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "20") int limit) {
		return AdjustmentPageView.of(this.inventory.adjustments(tenant, new VariantId(variantId), after, limit));
	}

	@PutMapping(path = "/variants/{variantId}/threshold", consumes = MediaType.APPLICATION_JSON_VALUE)
	VariantStockView threshold(Tenant tenant, @PathVariable UUID variantId, @RequestBody ThresholdJson request) {
		if (request.lowStockThreshold() == null) {
			throw new InvalidInput(List.of(new FieldProblem("lowStockThreshold", "is required")));
		}
		return VariantStockView
			.of(this.inventory.setLowStockThreshold(tenant, new VariantId(variantId), request.lowStockThreshold()));
	}

	@GetMapping("/low-stock")
	LowStockPageView lowStock(Tenant tenant) {
		return new LowStockPageView(this.inventory.lowStock(tenant).stream().map(LowStockView::of).toList());
	}

}
