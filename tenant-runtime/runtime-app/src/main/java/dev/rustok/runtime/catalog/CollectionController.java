package dev.rustok.runtime.catalog;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.shared.Tenant;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin collection API (docs/adr/0028), with the bulk price change. */
@RestController
@RequestMapping(path = "/api/admin/collections", produces = MediaType.APPLICATION_JSON_VALUE)
class CollectionController {

	private final ManualCollections collections;

	CollectionController(ManualCollections collections) {
		this.collections = collections;
	}

	@GetMapping
	ListView collections(Tenant tenant) {
		return new ListView(this.collections.collections(tenant).stream().map(CollectionView::of).toList());
	}

	@GetMapping("/{id}")
	CollectionView collection(Tenant tenant, @PathVariable UUID id) {
		return CollectionView.of(this.collections.collection(tenant, new CollectionId(id)));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CollectionView> create(Tenant tenant, @RequestBody CollectionInput input) {
		ProductCollection created = this.collections.create(tenant, input);
		return ResponseEntity.created(URI.create("/api/admin/collections/" + created.id()))
			.body(CollectionView.of(created));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	CollectionView replace(Tenant tenant, @PathVariable UUID id, @RequestBody CollectionInput input) {
		return CollectionView.of(this.collections.replace(tenant, new CollectionId(id), input));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Tenant tenant, @PathVariable UUID id, @RequestParam(required = false) Integer version) {
		this.collections.delete(tenant, new CollectionId(id), version);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{id}/prices", consumes = MediaType.APPLICATION_JSON_VALUE)
	PricesChanged changePrices(Tenant tenant, @PathVariable UUID id, @RequestBody PriceChangeJson change) {
		BulkPriceChange checked = BulkPriceChange.of(change.currency(), change.percent());
		return new PricesChanged(this.collections.changePrices(tenant, new CollectionId(id), checked));
	}

	record ListView(List<CollectionView> items) {

	}

	record CollectionView(UUID id, String handle, String title, String description, UUID parentId,
			List<UUID> productIds, int version, Instant createdAt, Instant updatedAt) {

		static CollectionView of(ProductCollection collection) {
			return new CollectionView(collection.id().value(), collection.handle().value(), collection.title(),
					collection.description(), (collection.parentId() != null) ? collection.parentId().value() : null,
					collection.productIds().stream().map(ProductId::value).toList(), collection.version(),
					collection.createdAt(), collection.updatedAt());
		}

	}

	/**
	 * @param percent e.g. {@code -10} for 10 % off
	 */
	record PriceChangeJson(String currency, BigDecimal percent) {

	}

	/**
	 * @param changedPrices how many variant prices changed
	 */
	record PricesChanged(int changedPrices) {

	}

}
