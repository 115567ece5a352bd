package dev.rustok.runtime.catalog;

import java.util.List;

import dev.rustok.runtime.shared.Money;

/**
 * The wire shapes of the catalogue API; requests use {@code null} for what the client
 * left out.
 */
final class ProductJson {

	private ProductJson() {
	}

	record PriceJson(Long amountMinor, String currency) {

		static PriceJson of(Money money) {
			return new PriceJson(money.amountMinor(), money.currency());
		}

	}

	record CreateProduct(String sku, String name, String description, PriceJson price) {

		NewProduct toNewProduct() {
			return NewProduct.of(this.sku, this.name, this.description,
					(this.price != null) ? this.price.amountMinor() : null,
					(this.price != null) ? this.price.currency() : null, this.price != null);
		}

	}

	record ProductView(String id, String sku, String name, String description, PriceJson price) {

		static ProductView of(Product product) {
			return new ProductView(product.id().toString(), product.sku(), product.name(), product.description(),
					PriceJson.of(product.price()));
		}

	}

	record PageView(List<ProductView> items, int page, int size, long total) {

		static PageView of(ProductPage page) {
			return new PageView(page.items().stream().map(ProductView::of).toList(), page.page(), page.size(),
					page.total());
		}

	}

}
