package dev.rustok.runtime;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.cart.CartId;
import dev.rustok.runtime.cart.Carts;
import dev.rustok.runtime.cart.PricedCart;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The merchant's shipping methods, tax rates and discount codes through the admin API
 * (who may change them, what is refused and stored), and merging an anonymous cart into a
 * customer's at sign-in.
 */
class CheckoutRulesIT extends RuntimeIntegrationTest {

	private static final String PASSWORD = "rules-pass-" + UUID.randomUUID();

	@Autowired
	Carts carts;

	@Test
	void everyStaffRoleReadsTheRulesButOnlyOwnersAndAdminsChangeThem() {
		Shop shop = shop("rules");
		Map<String, Integer> expected = Map.of("viewer", 403, "editor", 403, "admin", 200);
		expected.forEach((role, status) -> {
			String token = staff(shop, role);
			String code = "R" + role.toUpperCase();

			Answer write = this.runtime.put(shop.id(), token, "/api/admin/discount-codes/" + code,
					"{\"kind\":\"percentage\",\"basisPoints\":500,\"currency\":\"EUR\"}");
			Answer read = this.runtime.get(shop.id(), token, "/api/admin/discount-codes");
			Answer anonymous = this.runtime.get(shop.id(), null, "/api/admin/tax-rates");

			assertThat(write.status()).as(role + " writes: " + write.body()).isEqualTo(status);
			assertThat(read.status()).as(role + " reads").isEqualTo(200);
			assertThat(read.body().contains(code)).isEqualTo(status == 200);
			assertThat(anonymous.status()).isEqualTo(401);
		});
	}

	@Test
	void refusesBadRulesNamingEveryFieldAndStoresNothing() {
		Shop shop = shop("rules");
		String owner = shop.ownerToken();

		Answer noRate = this.runtime.put(shop.id(), owner, "/api/admin/shipping-methods/express",
				"{\"name\":\"Express\",\"currency\":\"EUR\"}");
		Answer badBands = this.runtime.put(shop.id(), owner, "/api/admin/shipping-methods/heavy",
				"{\"name\":\"Heavy\",\"currency\":\"XXX\",\"bands\":[{\"upToGrams\":-1,\"rateMinor\":100}]}");
		Answer badTax = this.runtime.put(shop.id(), owner, "/api/admin/tax-rates/germany", "{\"basisPoints\":10001}");
		Answer badCode = this.runtime.put(shop.id(), owner, "/api/admin/discount-codes/half",
				"{\"kind\":\"half\",\"currency\":\"EUR\",\"usageLimit\":0,"
						+ "\"startsAt\":\"2030-01-02T00:00:00Z\",\"endsAt\":\"2030-01-01T00:00:00Z\"}");
		Answer noSuchCode = this.runtime.delete(shop.id(), owner, "/api/admin/discount-codes/NOPE");

		assertThat(CheckoutApiIT.fields(noRate)).containsExactly("rateMinor");
		assertThat(CheckoutApiIT.fields(badBands)).contains("currency", "bands[0].upToGrams");
		assertThat(CheckoutApiIT.fields(badTax)).contains("region", "basisPoints", "inclusive");
		assertThat(CheckoutApiIT.fields(badCode)).contains("kind", "usageLimit", "endsAt");
		assertThat(List.of(noRate, badBands, badTax, badCode)).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
		});
		assertThat(noSuchCode.status()).isEqualTo(404);
		assertThat(Merchandise.count(shop.route().schema(), "shipping_method")).isZero();
		assertThat(Merchandise.count(shop.route().schema(), "tax_rate")).isZero();
	}

	@Test
	void storesAndReplacesRulesAndAnotherShopNeverSeesThem() {
		Shop shop = shop("rules-store");
		Shop other = shop("rules-other");
		String owner = shop.ownerToken();

		this.runtime.put(shop.id(), owner, "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard\",\"currency\":\"EUR\",\"rateMinor\":490}");
		Answer replaced = this.runtime.put(shop.id(), owner, "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard by weight\",\"currency\":\"EUR\",\"bands\":[{\"upToGrams\":2000,\"rateMinor\":590}]}");
		this.runtime.put(shop.id(), owner, "/api/admin/tax-rates/us-ny", "{\"basisPoints\":888,\"inclusive\":false}");
		JsonNode methods = this.runtime.get(shop.id(), owner, "/api/admin/shipping-methods").json();
		JsonNode rates = this.runtime.get(shop.id(), owner, "/api/admin/tax-rates").json();
		Answer othersMethods = this.runtime.get(other.id(), other.ownerToken(), "/api/admin/shipping-methods");
		Answer foreignToken = this.runtime.put(other.id(), owner, "/api/admin/tax-rates/DE",
				"{\"basisPoints\":1900,\"inclusive\":true}");

		assertThat(replaced.status()).isEqualTo(200);
		assertThat(methods).hasSize(1);
		assertThat(methods.get(0).get("kind").asString()).isEqualTo("weight");
		assertThat(methods.get(0).get("bands").get(0).get("rateMinor").asLong()).isEqualTo(590);
		assertThat(rates.get(0).get("region").asString()).isEqualTo("US-NY");
		assertThat(othersMethods.json()).isEmpty();
		assertThat(foreignToken.status()).isEqualTo(401);
		assertThat(Merchandise.count(other.route().schema(), "tax_rate")).isZero();
	}

	@Test
	void anAnonymousCartIsMergedIntoTheCustomersCartAtSignIn() {
		Shop shop = shop("rules");
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		String schema = shop.route().schema();
		UUID mug = Merchandise.aVariant(schema, "Mug", 1_250, 300);
		UUID tee = Merchandise.aVariant(schema, "Tee", 2_000, 200);
		String customer = "customer-" + UUID.randomUUID();
		Shopper earlier = new Shopper(this.runtime, shop.id());
		earlier.post("/api/store/cart", "{}");
		earlier.post("/api/store/cart/lines", CheckoutApiIT.line(mug, 98));
		PricedCart customers = this.carts.merge(tenant, CartId.parse(earlier.cartCookie()).orElseThrow(), customer);
		Shopper anonymous = new Shopper(this.runtime, shop.id());
		anonymous.post("/api/store/cart", "{}");
		anonymous.post("/api/store/cart/lines", CheckoutApiIT.line(mug, 3));
		anonymous.post("/api/store/cart/lines", CheckoutApiIT.line(tee, 1));
		CartId anonymousCart = CartId.parse(anonymous.cartCookie()).orElseThrow();

		PricedCart merged = this.carts.merge(tenant, anonymousCart, customer);

		assertThat(merged.cart().id()).isEqualTo(customers.cart().id());
		assertThat(merged.cart().customerId()).isEqualTo(customer);
		assertThat(merged.lines()).extracting((line) -> line.variantId().value()).containsExactly(mug, tee);
		assertThat(merged.lines().getFirst().quantity()).as("capped at the line limit").isEqualTo(Carts.MAX_QUANTITY);
		assertThat(anonymous.get("/api/store/cart").status()).as("the anonymous cart is closed").isEqualTo(404);
		assertThatThrownBy(() -> this.carts.merge(tenant, anonymousCart, customer))
			.isInstanceOf(ResourceNotFound.class);
		assertThatThrownBy(() -> this.carts.merge(tenant, customers.cart().id(), "another-" + customer))
			.as("a customer's cart never merges into another customer's")
			.isInstanceOf(ResourceNotFound.class);
		assertThat(this.carts.priced(tenant, customers.cart().id()).lines()).hasSize(2);
	}

	@Test
	void anExpiredCartIsGoneAndItsRowsAreDeletedButNotAnotherShoppersCart() {
		Shop shop = shop("rules");
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		UUID mug = Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300);
		Shopper gone = new Shopper(this.runtime, shop.id());
		gone.post("/api/store/cart", "{}");
		gone.post("/api/store/cart/lines", CheckoutApiIT.line(mug, 1));
		Shopper active = new Shopper(this.runtime, shop.id());
		active.post("/api/store/cart", "{}");
		Merchandise.jdbc()
			.sql("update " + Merchandise.quoted(shop.route().schema())
					+ ".cart set expires_at = now() - interval '1 second' where id = ?::uuid")
			.param(gone.cartCookie())
			.update();

		Answer expired = gone.get("/api/store/cart");
		int deleted = this.carts.deleteExpired(tenant);

		assertThat(expired.status()).isEqualTo(404);
		assertThat(deleted).isGreaterThanOrEqualTo(1);
		assertThat(Merchandise.jdbc()
			.sql("select count(*) from " + Merchandise.quoted(shop.route().schema()) + ".cart where id = ?::uuid")
			.param(gone.cartCookie())
			.query(Integer.class)
			.single()).isZero();
		assertThat(active.get("/api/store/cart").status()).isEqualTo(200);
	}

	private static String staff(Shop shop, String role) {
		String username = role + "-" + UUID.randomUUID() + "@rules.example";
		StaffUsers.create(shop.route().realm(), username, PASSWORD, List.of(role));
		return new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(shop.route().realm(), username, PASSWORD);
	}

}
