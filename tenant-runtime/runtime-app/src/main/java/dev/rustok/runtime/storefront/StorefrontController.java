package dev.rustok.runtime.storefront;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.rustok.runtime.catalog.Catalog;
import dev.rustok.runtime.catalog.Paging;
import dev.rustok.runtime.catalog.Product;
import dev.rustok.runtime.settings.StoreSettings;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The shop's home page: its name and its newest products, rendered on the server. */
@Controller
class StorefrontController {

	static final int HOME_PRODUCTS = 20;

	private final Catalog catalog;

	private final StoreSettings settings;

	StorefrontController(Catalog catalog, StoreSettings settings) {
		this.catalog = catalog;
		this.settings = settings;
	}

	@GetMapping("/")
	String home(Tenant tenant, Model model) {
		List<ProductCard> products = this.catalog.newestProducts(tenant, Paging.first(HOME_PRODUCTS))
			.items()
			.stream()
			.map(ProductCard::of)
			.toList();
		model.addAttribute("tenantId", tenant.id().value());
		model.addAttribute("shopName", this.settings.shopName(tenant).orElseGet(() -> displayName(tenant.id())));
		model.addAttribute("products", products);
		return "storefront/home";
	}

	/**
	 * {@code acme-books} reads as "Acme Books", for a shop whose schema holds no name.
	 */
	static String displayName(TenantId tenantId) {
		return Arrays.stream(tenantId.value().split("-"))
			.filter((word) -> !word.isEmpty())
			.map((word) -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
			.collect(Collectors.joining(" "));
	}

	record ProductCard(String name, String description, String price) {

		static ProductCard of(Product product) {
			return new ProductCard(product.name(), product.description(), product.price().formatted());
		}

	}

}
