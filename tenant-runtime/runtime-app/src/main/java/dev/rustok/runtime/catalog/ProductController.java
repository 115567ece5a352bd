package dev.rustok.runtime.catalog;

import java.net.URI;
import java.util.UUID;

import dev.rustok.runtime.catalog.ProductJson.CreateProduct;
import dev.rustok.runtime.catalog.ProductJson.PageView;
import dev.rustok.runtime.catalog.ProductJson.ProductView;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue's REST API: public reads, writes for the tenant's owner and admins. */
@RestController
class ProductController {

	private final Catalog catalog;

	ProductController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping(path = "/api/products", produces = MediaType.APPLICATION_JSON_VALUE)
	PageView products(Tenant tenant, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageView.of(this.catalog.newestProducts(tenant, new Paging(page, size)));
	}

	@GetMapping(path = "/api/products/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ProductView product(Tenant tenant, @PathVariable UUID id) {
		return ProductView.of(this.catalog.product(tenant, new ProductId(id)));
	}

	@PostMapping(path = "/api/admin/products", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProductView> addProduct(Tenant tenant, @RequestBody CreateProduct request) {
		Product product = this.catalog.addProduct(tenant, request.toNewProduct());
		return ResponseEntity.created(URI.create("/api/products/" + product.id())).body(ProductView.of(product));
	}

}
