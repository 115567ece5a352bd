package dev.rustok.runtime.catalog;

import java.net.URI;
import java.util.UUID;

import dev.rustok.runtime.catalog.ProductJson.ListView;
import dev.rustok.runtime.catalog.ProductJson.ProductView;
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

/**
 * The admin product API (docs/adr/0028); who may call what is decided in
 * {@code security.SecurityConfiguration}.
 */
@RestController
@RequestMapping(path = "/api/admin/products", produces = MediaType.APPLICATION_JSON_VALUE)
class ProductController {

	private final Catalog catalog;

	ProductController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	ListView products(Tenant tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer limit) {
		return ListView.of(this.catalog.products(tenant, ProductQuery.of(q, status, after, limit)));
	}

	@GetMapping("/{id}")
	ProductView product(Tenant tenant, @PathVariable UUID id) {
		return ProductView.of(this.catalog.product(tenant, new ProductId(id)));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProductView> create(Tenant tenant, @RequestBody ProductInput input) {
		Product product = this.catalog.createProduct(tenant, input);
		return ResponseEntity.created(URI.create("/api/admin/products/" + product.id())).body(ProductView.of(product));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ProductView replace(Tenant tenant, @PathVariable UUID id, @RequestBody ProductInput input) {
		return ProductView.of(this.catalog.replaceProduct(tenant, new ProductId(id), input));
	}

	@PostMapping("/{id}/archive")
	ProductView archive(Tenant tenant, @PathVariable UUID id) {
		return ProductView.of(this.catalog.archiveProduct(tenant, new ProductId(id)));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Tenant tenant, @PathVariable UUID id, @RequestParam(required = false) Integer version) {
		this.catalog.deleteProduct(tenant, new ProductId(id), version);
		return ResponseEntity.noContent().build();
	}

}
