package dev.rustok.runtime.storefront;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriUtils;

/**
 * The public storefront API (docs/adr/0028): read-only, active products only, keyset
 * pages with an opaque {@code after} cursor and no total.
 */
@RestController
@RequestMapping("/api/store")
class StoreApiController {

	private static final String NOT_MODIFIED = "The copy whose `ETag` the request sent in `If-None-Match` is still the answer: no body";

	private static final String VALIDATOR = "A weak validator of the answer, the same until the shop's catalogue, stock or currencies change; the answer is `Cache-Control: no-cache`";

	private final Storefront storefront;

	private final PublicAnswerValidators validators;

	StoreApiController(Storefront storefront, PublicAnswerValidators validators) {
		this.storefront = storefront;
		this.validators = validators;
	}

	// each catalogue answer is validated after its input is (a 400 or a 404 carries no
	// validator): null once the answer is a 304 (docs/adr/0113)

	@GetMapping("/products")
	@ApiResponse(responseCode = "200", description = "A page of the shop's active products", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "304", description = NOT_MODIFIED,
			headers = @Header(name = "ETag", description = VALIDATOR, schema = @Schema(type = "string")))
	Page products(Tenant tenant, @RequestParam Map<String, String> params, ServletWebRequest web) {
		ListingRequest request = ListingRequest.parse(params, "limit");
		if (this.validators.notModified(tenant, web)) {
			return null;
		}
		return Page.of(this.storefront.products(tenant, request));
	}

	@GetMapping("/search")
	@Operation(summary = "Search the shop's products",
			description = "The words of `q` match whole, the last one also as a prefix, in the shop's language; best match first (title, then tags, then description). "
					+ "Takes the list's filters (collection, category, tag, minPrice, maxPrice, currency, inStock), `limit` (1-100) and `page` (1-50); "
					+ "answers the page, the total and facet counts (tag, collection, option:<name>). "
					+ "The total and the facets count 1,000 matches at most, title matches first: when more match, `total` is 1,000, "
					+ "`totalIsLowerBound` is true and the pages end with the 1,000th result.")
	@Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "the words to search for",
			schema = @Schema(type = "string", maxLength = 200))
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "the page, from 1",
			schema = @Schema(type = "integer", minimum = "1", maximum = "50"))
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "results per page",
			schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
	@Parameter(name = "params", hidden = true)
	SearchResults search(Tenant tenant, @RequestParam Map<String, String> params) {
		return this.storefront.search(tenant, SearchRequest.parse(params, "limit"));
	}

	@GetMapping("/products/{handle}")
	@ApiResponse(responseCode = "304", description = NOT_MODIFIED,
			headers = @Header(name = "ETag", description = VALIDATOR, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "200", description = "The active product with this handle", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "308",
			description = "An old handle of the product: `Location` is its current address (permanent, the method kept)",
			headers = @Header(name = "Location", description = "The product's current address",
					schema = @Schema(type = "string", format = "uri-reference")))
	ResponseEntity<PublicProduct> product(Tenant tenant, @PathVariable String handle, HttpServletRequest request,
			ServletWebRequest web) {
		return switch (this.storefront.find(tenant, handle)) {
			case ProductLookup.Found found -> this.validators.notModified(tenant, web) ? null
					: ResponseEntity.ok(this.storefront.product(tenant, found));
			// permanent, and the method is kept (RFC 9110 §15.4.9)
			case ProductLookup.Moved moved -> ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
				.location(moved(request, "/api/store/products/", moved.handle()))
				.build();
			case ProductLookup.Missing missing -> throw new ResourceNotFound("This shop has no product " + handle);
		};
	}

	@GetMapping("/collections")
	@ApiResponse(responseCode = "200", description = "The shop's collections", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "304", description = NOT_MODIFIED,
			headers = @Header(name = "ETag", description = VALIDATOR, schema = @Schema(type = "string")))
	List<CollectionSummary> collections(Tenant tenant, ServletWebRequest web) {
		if (this.validators.notModified(tenant, web)) {
			return null;
		}
		return this.storefront.collections(tenant);
	}

	@GetMapping("/collections/{handle}")
	@ApiResponse(responseCode = "200", description = "The collection with the first page of its products",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "304", description = NOT_MODIFIED,
			headers = @Header(name = "ETag", description = VALIDATOR, schema = @Schema(type = "string")))
	CollectionPage collection(Tenant tenant, @PathVariable String handle, @RequestParam Map<String, String> params,
			ServletWebRequest web) {
		CollectionSummary collection = this.storefront.collection(tenant, handle)
			.orElseThrow(() -> new ResourceNotFound("This shop has no collection " + handle));
		ListingRequest request = ListingRequest.parse(params, "limit");
		if (this.validators.notModified(tenant, web)) {
			return null;
		}
		Listing products = this.storefront.products(tenant,
				request.withFilter(request.filter().inCollection(collection.handle())));
		return new CollectionPage(collection.id(), collection.handle(), collection.title(), collection.description(),
				collection.parent(), Page.of(products));
	}

	@GetMapping("/categories")
	@ApiResponse(responseCode = "200", description = "The shop's category tree", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "304", description = NOT_MODIFIED,
			headers = @Header(name = "ETag", description = VALIDATOR, schema = @Schema(type = "string")))
	List<CategoryNode> categories(Tenant tenant, ServletWebRequest web) {
		if (this.validators.notModified(tenant, web)) {
			return null;
		}
		return this.storefront.categories(tenant);
	}

	static URI moved(HttpServletRequest request, String prefix, String handle) {
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		return URI.create(prefix + UriUtils.encodePathSegment(handle, StandardCharsets.UTF_8) + query);
	}

	/** A page of products as the API answers it: {@code {items, next}}. */
	record Page(List<ProductCard> items, String next) {

		static Page of(Listing listing) {
			return new Page(listing.items(), listing.next().map(Cursor::encoded).orElse(null));
		}

	}

	/** A collection with the first page of its products. */
	record CollectionPage(UUID id, String handle, String title, String description, String parent, Page products) {

	}

}
