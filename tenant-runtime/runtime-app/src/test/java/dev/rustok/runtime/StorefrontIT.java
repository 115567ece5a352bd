package dev.rustok.runtime;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.storefront.CatalogRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The server-rendered storefront pages, as a browser without JavaScript gets them. */
class StorefrontIT extends RuntimeIntegrationTest {

	private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-01-01T00:00:00Z");

	private Shop shop;

	private CatalogRows rows;

	@BeforeEach
	void emptyCatalogue() {
		this.shop = shop("pages");
		this.rows = new CatalogRows(RuntimePlatform.DATABASE.dataSource(), this.shop.route().schema());
		this.rows.clear();
	}

	@Test
	void showsTheShopsNameAndItsProductsOnTheHomePage() {
		this.rows.product("Storefront lamp").price(3999).image("https://img.example/lamp.jpg").insert();
		this.rows.product("Hidden draft").status("draft").price(100).insert();

		Answer home = page("/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.contentType()).startsWith("text/html");
		// the name the merchant chose at signup, which provisioning stored in the shop's
		// schema
		assertThat(home.body()).contains("<title>Shop pages</title>")
			.contains("class=\"shop-name\" href=\"/\">Shop pages<")
			.contains("class=\"product-name\">Storefront lamp<")
			.contains("39.99 EUR")
			.contains("src=\"https://img.example/lamp.jpg\"")
			.doesNotContain("Hidden draft", "No products here yet", "<script", "style=");
		assertThat(home.header("Content-Security-Policy")).contains("default-src 'none'", "img-src 'self' data: https:")
			.doesNotContain("script-src", "unsafe-inline");
	}

	@Test
	void filtersTheGridWithThePlainFormAndPagesWithANextLink() {
		for (int i = 0; i < 25; i++) {
			this.rows.product("Cup " + i).createdAt(T0.plusMinutes(i)).tags("cups").price(1000 + i).insert();
		}
		this.rows.product("Plate").createdAt(T0).tags("plates").price(5000).insert();

		Answer first = page("/?tag=cups&min=10.00&max=10.30&sort=price_asc");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains("Cup 0<").contains("Cup 19<").doesNotContain("Cup 20<", "Plate");
		Matcher next = Pattern.compile("rel=\"next\" class=\"next\" href=\"([^\"]+)\"").matcher(first.body());
		assertThat(next.find()).isTrue();
		String nextUrl = next.group(1).replace("&amp;", "&");
		assertThat(nextUrl).contains("tag=cups").contains("sort=price_asc").contains("after=");

		Answer second = page(nextUrl);

		assertThat(second.body()).contains("Cup 20<").contains("Cup 24<").doesNotContain("Cup 19<", "rel=\"next\"");
	}

	@Test
	void explainsABadPriceInTheFilterFormOnTheSamePage() {
		Answer answer = page("/?min=twelve");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("text/html");
		assertThat(answer.body()).contains("min must be an amount in EUR");
	}

	@Test
	void rendersTheProductPageWithTheChosenVariantsPriceAndStock() {
		var tee = this.rows.product("Tee")
			.handle("tee")
			.tracked()
			.option("Size", "S", "M")
			.variant(List.of("S"), Map.of("EUR", 1500L), 0, 0)
			.variant(List.of("M"), Map.of("EUR", 1650L), 2, 0);
		tee.insert();

		Answer plain = page("/products/tee");
		Answer small = page("/products/tee?variant=" + tee.variantIds().get(0));
		Answer bySelect = page("/products/tee?o0=S");
		Answer medium = page("/products/tee?o0=M");
		Answer none = page("/products/tee?o0=XL");

		assertThat(plain.status()).isEqualTo(200);
		// without a choice: the first variant that can be bought
		assertThat(plain.body()).contains("class=\"product-title\">Tee<")
			.contains("16.50 EUR")
			.contains("In stock")
			.contains("<select name=\"o0\">")
			.contains("<option value=\"M\" selected=\"selected\">M</option>");
		assertThat(small.body()).contains("15.00 EUR").contains("Out of stock").doesNotContain("16.50 EUR");
		assertThat(bySelect.body()).contains("15.00 EUR").contains("Out of stock");
		assertThat(medium.body()).contains("16.50 EUR").contains("In stock");
		assertThat(none.body()).contains("This combination is not available");
		// one external script, which only improves the form; nothing inline
		assertThat(plain.body()).contains("<script src=\"/js/variant-picker.js\" defer></script>")
			.doesNotContainPattern("<script(?![^>]*src=)")
			.doesNotContain("style=");
		assertThat(plain.header("Content-Security-Policy")).contains("script-src 'self'", "connect-src 'self'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void redirectsAnOldProductAddressAndShowsAReadableNotFoundPage() {
		this.rows.redirect("old-tee", this.rows.product("Tee").handle("new-tee").price(100).insert());
		this.rows.product("Draft").handle("draft-tee").status("draft").price(100).insert();

		Answer moved = page("/products/old-tee?o0=M");
		Answer draft = page("/products/draft-tee");
		Answer collection = page("/collections/nope");

		assertThat(moved.status()).isEqualTo(308);
		assertThat(moved.header("Location")).isEqualTo("/products/new-tee?o0=M");
		assertThat(draft.status()).isEqualTo(404);
		assertThat(draft.contentType()).startsWith("text/html");
		assertThat(draft.body()).contains("404 Not Found").contains("Back to the shop");
		assertThat(collection.status()).isEqualTo(404);
	}

	@Test
	void showsACollectionPageWithItsProducts() {
		UUID lamp = this.rows.product("Desk lamp").price(100).insert();
		this.rows.product("Chair").price(100).insert();
		this.rows.addToCollection(this.rows.collection("lights", "Lights", null), lamp);

		Answer answer = page("/collections/lights");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("class=\"collection-title\">Lights<")
			.contains("Desk lamp")
			.doesNotContain("Chair");
	}

	@Test
	void showsACategoryPageWithTheProductsOfEveryCategoryBelowIt() {
		UUID shoes = this.rows.category("shoes", "Shoes", null);
		UUID boots = this.rows.category("boots", "Boots", shoes);
		this.rows.categorize(boots, this.rows.product("Hiking boot").price(100).insert());
		this.rows.categorize(shoes, this.rows.product("Sandal").price(100).insert());
		this.rows.product("Hat").price(100).insert();

		Answer shoesPage = page("/categories/shoes");
		Answer bootsPage = page("/categories/boots");
		Answer filtered = page("/?category=boots");

		assertThat(shoesPage.status()).isEqualTo(200);
		assertThat(shoesPage.body()).contains("class=\"category-name\">Shoes<")
			.contains("href=\"/categories/boots\"")
			.contains("Hiking boot", "Sandal")
			.doesNotContain("Hat<");
		assertThat(bootsPage.body()).contains("Hiking boot").doesNotContain("Sandal");
		assertThat(filtered.body()).contains("Hiking boot")
			.doesNotContain("Sandal<")
			.contains("<option value=\"boots\" selected=\"selected\">– Boots</option>");
		assertThat(page("/categories/nope").status()).isEqualTo(404);
	}

	@Test
	void searchesTitlesAndTagsAndEscapesWhatWasTyped() {
		this.rows.product("Blue kettle").price(100).insert();
		this.rows.product("Teapot").tags("kettles").price(100).insert();
		this.rows.product("Spoon").price(100).insert();

		Answer answer = page("/search?q=KETTLE");
		Answer script = page("/search?q=%3Cscript%3E");

		assertThat(answer.body()).contains("Blue kettle").contains("Teapot").doesNotContain("Spoon");
		assertThat(script.body()).contains("&lt;script&gt;").doesNotContain("<script>");
	}

	@Test
	void escapesWhatMerchantsTypeIntoProductTitles() {
		this.rows.product("<script>alert(1)</script>").price(100).insert();

		assertThat(page("/").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void aShopsPagesNeverShowAnotherShopsProducts() {
		this.rows.product("Only in pages").handle("only-in-pages").price(100).insert();
		Shop other = shop("pages-other");

		Answer elsewhere = this.runtime
			.send(this.runtime.request(other.id(), "/products/only-in-pages").header("Accept", "text/html").GET());

		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(this.runtime.get(other.id(), "/search?q=only").body()).doesNotContain("Only in pages");
		assertThat(page("/products/only-in-pages").status()).isEqualTo(200);
	}

	@Test
	void tellsShoppersWhenThereAreNoProductsYet() {
		Answer home = page("/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("No products here yet").doesNotContain("class=\"product\"");
	}

	private Answer page(String path) {
		return this.runtime.send(this.runtime.request(this.shop.id(), path).header("Accept", "text/html").GET());
	}

}
