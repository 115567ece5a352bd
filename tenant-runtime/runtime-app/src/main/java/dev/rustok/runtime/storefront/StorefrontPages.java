package dev.rustok.runtime.storefront;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shop's pages, rendered on the server: they work without JavaScript (filters and the
 * variant picker are plain GET forms) and carry no inline script or style, for the
 * Content-Security-Policy. Prices in forms are in major units ({@code 12.50}); the API's
 * are in minor units.
 */
@Controller
class StorefrontPages {

	/**
	 * The runtime's strict policy (web.SecurityHeaders), except that product images are
	 * merchants' https URLs on any host (ADR 0028), so pages load images from anywhere
	 * over https; still no script.
	 */
	static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data: https:; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	/**
	 * The product page also runs the shop's own {@code /js/variant-picker.js}, which
	 * reads the storefront API of the same shop; still no inline script or style.
	 */
	static final String PRODUCT_PAGE_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; "
			+ "style-src 'self'; img-src 'self' data: https:; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'none'";

	private final Storefront storefront;

	StorefrontPages(Storefront storefront) {
		this.storefront = storefront;
	}

	@GetMapping("/")
	String home(Tenant tenant, @RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		model.addAttribute("collections", this.storefront.collections(tenant));
		model.addAttribute("categories", CategoryChoice.flatten(this.storefront.categories(tenant)));
		return grid(tenant, "/", params, UnaryOperator.identity(), "storefront/home", model, response);
	}

	/**
	 * Ranked full-text results with facet counts (docs/adr/0065); without words, the
	 * list.
	 */
	@GetMapping("/search")
	String search(Tenant tenant, @RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		String q = params.getOrDefault("q", "");
		model.addAttribute("q", q);
		if (q.isBlank()) {
			return grid(tenant, "/search", params, UnaryOperator.identity(), "storefront/search", model, response);
		}
		response.setHeader("Content-Security-Policy", PAGE_POLICY);
		model.addAttribute("shopName", this.storefront.shopName(tenant));
		model.addAttribute("form", params);
		SearchRequest request;
		try {
			String currency = this.storefront.currency(tenant,
					Optional.ofNullable(params.get("currency")).filter((code) -> !code.isEmpty()));
			Map<String, String> api = apiParams(params, currency);
			Optional.ofNullable(params.get("page")).ifPresent((page) -> api.put("page", page));
			request = SearchRequest.parse(api, "limit");
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problems", ex.errors());
			model.addAttribute("products", List.of());
			return "storefront/search";
		}
		SearchResults results = this.storefront.search(tenant, request);
		model.addAttribute("products", results.items());
		model.addAttribute("total", results.total());
		model.addAttribute("totalIsLowerBound", results.totalIsLowerBound());
		model.addAttribute("facets", SearchFacetLinks.of(results, params));
		model.addAttribute("nextUrl",
				results.hasMore() ? SearchFacetLinks.url(params, "page", String.valueOf(results.page() + 1)) : null);
		return "storefront/search";
	}

	@GetMapping("/collections/{handle}")
	String collection(Tenant tenant, @PathVariable String handle, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response) throws IOException {
		Optional<CollectionSummary> collection = this.storefront.collection(tenant, handle);
		if (collection.isEmpty()) {
			return notFound(response);
		}
		model.addAttribute("collection", collection.get());
		return grid(tenant, "/collections/" + handle, params, (filter) -> filter.inCollection(handle),
				"storefront/collection", model, response);
	}

	@GetMapping("/categories/{handle}")
	String category(Tenant tenant, @PathVariable String handle, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response) throws IOException {
		Optional<CategoryNode> category = this.storefront.category(tenant, handle);
		if (category.isEmpty()) {
			return notFound(response);
		}
		model.addAttribute("category", category.get());
		return grid(tenant, "/categories/" + handle, params, (filter) -> filter.inCategory(handle),
				"storefront/category", model, response);
	}

	@GetMapping("/products/{handle}")
	String product(Tenant tenant, @PathVariable String handle, @RequestParam Map<String, String> params, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProductLookup.Found found;
		switch (this.storefront.find(tenant, handle)) {
			case ProductLookup.Found head -> found = head;
			case ProductLookup.Moved moved -> {
				response.setStatus(HttpStatus.PERMANENT_REDIRECT.value());
				response.setHeader("Location",
						StoreApiController.moved(request, "/products/", moved.handle()).toString());
				return null;
			}
			case ProductLookup.Missing missing -> {
				return notFound(response);
			}
		}
		PublicProduct product = this.storefront.product(tenant, found);
		response.setHeader("Content-Security-Policy", PRODUCT_PAGE_POLICY);
		String currency;
		try {
			currency = this.storefront.currency(tenant, Optional.ofNullable(params.get("currency")));
		}
		catch (InvalidInput ex) {
			currency = this.storefront.currency(tenant, Optional.empty());
		}
		model.addAttribute("shopName", this.storefront.shopName(tenant));
		model.addAttribute("product", product);
		model.addAttribute("picker", VariantPicker.of(product, params, currency));
		return "storefront/product";
	}

	private String grid(Tenant tenant, String path, Map<String, String> params, UnaryOperator<ProductFilter> scope,
			String view, Model model, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", PAGE_POLICY);
		model.addAttribute("shopName", this.storefront.shopName(tenant));
		model.addAttribute("form", params);
		String currency;
		ListingRequest request;
		try {
			currency = this.storefront.currency(tenant,
					Optional.ofNullable(params.get("currency")).filter((code) -> !code.isEmpty()));
			request = ListingRequest.parse(apiParams(params, currency), "limit");
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problems", ex.errors());
			model.addAttribute("products", List.of());
			return view;
		}
		request = request.withFilter(scope.apply(request.filter()));
		Listing listing = this.storefront.products(tenant, request);
		model.addAttribute("products", listing.items());
		model.addAttribute("nextUrl", listing.next().map((cursor) -> nextUrl(path, params, cursor)).orElse(null));
		return view;
	}

	/**
	 * The form's fields as the API's parameters: {@code min}/{@code max} in major units
	 * become {@code minPrice}/{@code maxPrice} in minor units, a ticked {@code inStock}
	 * box sends {@code on}.
	 */
	static Map<String, String> apiParams(Map<String, String> form, String currency) {
		Map<String, String> params = new HashMap<>();
		for (String name : List.of("collection", "category", "tag", "q", "sort", "after")) {
			Optional.ofNullable(form.get(name)).ifPresent((value) -> params.put(name, value));
		}
		params.put("currency", currency);
		params.put("limit", String.valueOf(ListingRequest.DEFAULT_LIMIT));
		if (form.containsKey("inStock")) {
			params.put("inStock", "true");
		}
		List<FieldProblem> problems = new ArrayList<>();
		MajorUnits.toMinor(form.get("min"), currency, "min", problems)
			.ifPresent((amount) -> params.put("minPrice", String.valueOf(amount)));
		MajorUnits.toMinor(form.get("max"), currency, "max", problems)
			.ifPresent((amount) -> params.put("maxPrice", String.valueOf(amount)));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return params;
	}

	private static String nextUrl(String path, Map<String, String> params, Cursor cursor) {
		UriComponentsBuilder next = UriComponentsBuilder.fromPath(path);
		params.forEach((name, value) -> {
			if (!name.equals("after") && !value.isEmpty()) {
				next.queryParam(name, value);
			}
		});
		return next.queryParam("after", cursor.encoded()).build().encode().toUriString();
	}

	private static String notFound(HttpServletResponse response) throws IOException {
		// the container's error dispatch renders the readable 404 page
		// (ProblemErrorController)
		response.sendError(HttpStatus.NOT_FOUND.value());
		return null;
	}

}
