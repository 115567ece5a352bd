package dev.rustok.runtime.catalog;

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

/** The admin category API (docs/adr/0028): a flat list, parents before children. */
@RestController
@RequestMapping(path = "/api/admin/categories", produces = MediaType.APPLICATION_JSON_VALUE)
class CategoryController {

	private final CategoryTree tree;

	CategoryController(CategoryTree tree) {
		this.tree = tree;
	}

	@GetMapping
	ListView categories(Tenant tenant) {
		return new ListView(this.tree.categories(tenant).stream().map(CategoryView::of).toList());
	}

	@GetMapping("/{id}")
	CategoryView category(Tenant tenant, @PathVariable UUID id) {
		return CategoryView.of(this.tree.category(tenant, new CategoryId(id)));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CategoryView> create(Tenant tenant, @RequestBody CategoryInput input) {
		Category created = this.tree.create(tenant, input);
		return ResponseEntity.created(URI.create("/api/admin/categories/" + created.id()))
			.body(CategoryView.of(created));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	CategoryView replace(Tenant tenant, @PathVariable UUID id, @RequestBody CategoryInput input) {
		return CategoryView.of(this.tree.replace(tenant, new CategoryId(id), input));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Tenant tenant, @PathVariable UUID id, @RequestParam(required = false) Integer version) {
		this.tree.delete(tenant, new CategoryId(id), version);
		return ResponseEntity.noContent().build();
	}

	record ListView(List<CategoryView> items) {

	}

	record CategoryView(UUID id, String handle, String name, UUID parentId, int position, int version,
			Instant createdAt) {

		static CategoryView of(Category category) {
			return new CategoryView(category.id().value(), category.handle().value(), category.name(),
					(category.parentId() != null) ? category.parentId().value() : null, category.position(),
					category.version(), category.createdAt());
		}

	}

}
