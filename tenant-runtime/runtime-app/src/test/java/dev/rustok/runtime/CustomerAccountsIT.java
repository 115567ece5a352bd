package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.ShopCustomers.Customer;
import dev.rustok.runtime.orders.NewOrder;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.PendingOrder;
import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.pricing.PricingRules;
import dev.rustok.runtime.pricing.ShippingMethod;
import dev.rustok.runtime.pricing.TaxRate;
import dev.rustok.runtime.pricing.TotalsCalculation;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's own account through HTTP on the real runtime, PostgreSQL and Keycloak:
 * accounts created in the shop's realm (so the realm's default role makes them
 * customers), orders placed as checkout places them for a signed-in customer.
 */
class CustomerAccountsIT extends RuntimeIntegrationTest {

	private static final String ADDRESS = """
			{"recipient":"Ada Lovelace","line1":"12 Analytical Row","postalCode":"10115","city":"Berlin",\
			"country":"de","phone":"+49 30 1234"}""";

	@Autowired
	OrderBook orderBook;

	@Test
	void aCustomerKeepsAddressesAndTheFirstBecomesTheDefault() {
		Shop acme = shop("acme");
		Customer ada = ShopCustomers.aCustomer(acme);

		Answer profile = get(acme, ada, "/api/store/customer");
		Answer added = post(acme, ada, "/api/store/customer/addresses", ADDRESS);
		Answer second = post(acme, ada, "/api/store/customer/addresses", ADDRESS.replace("Berlin", "Hamburg"));
		String id = added.json().get("id").asString();
		Answer changed = put(acme, ada, "/api/store/customer/addresses/" + id, ADDRESS.replace("12 ", "14 "));
		Answer renamed = put(acme, ada, "/api/store/customer",
				"{\"name\":\"Ada L.\",\"defaultAddressId\":\"" + second.json().get("id").asString() + "\"}");
		Answer removed = this.runtime.delete(acme.id(), ada.token(), "/api/store/customer/addresses/" + id);
		JsonNode after = get(acme, ada, "/api/store/customer/addresses").json();

		assertThat(profile.status()).as(profile.body()).isEqualTo(200);
		assertThat(profile.json().get("email").asString()).isEqualTo(ada.email());
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.header("Location")).endsWith("/api/store/customer/addresses/" + id);
		assertThat(added.json().get("country").asString()).isEqualTo("DE");
		assertThat(changed.json().get("line1").asString()).isEqualTo("14 Analytical Row");
		assertThat(renamed.json().get("name").asString()).isEqualTo("Ada L.");
		assertThat(renamed.json().get("defaultAddressId").asString()).isEqualTo(second.json().get("id").asString());
		assertThat(removed.status()).isEqualTo(204);
		assertThat(after.get("items")).hasSize(1);
		assertThat(after.get("items").get(0).get("city").asString()).isEqualTo("Hamburg");
		assertThat(stored(acme, "select count(*) from %s.customer_address where subject = ?", ada.subject()))
			.isEqualTo(1);
	}

	@Test
	void refusesAnAddressMissingRequiredFieldsOrWithAnUnknownCountryAndStoresNothing() {
		Shop acme = shop("acme");
		Customer bob = ShopCustomers.aCustomer(acme);

		Answer missing = post(acme, bob, "/api/store/customer/addresses", "{\"recipient\":\" \",\"country\":\"XX\"}");
		Answer control = post(acme, bob, "/api/store/customer/addresses", ADDRESS.replace("Berlin", "Ber\\u0000lin"));
		Answer notJson = post(acme, bob, "/api/store/customer/addresses", "{\"recipient\":");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(fields(missing)).containsExactlyInAnyOrder("recipient", "line1", "postalCode", "city", "country");
		assertThat(fields(control)).containsExactly("city");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(stored(acme, "select count(*) from %s.customer_address where subject = ?", bob.subject())).isZero();
	}

	@Test
	void aCustomerSeesOnlyTheirOwnOrdersWithTheStateStaffMovedThemTo() {
		Shop acme = shop("acme");
		Customer cleo = ShopCustomers.aCustomer(acme);
		Customer dan = ShopCustomers.aCustomer(acme);
		UUID variant = Variants.aVariant(acme.route().schema(), false);
		PendingOrder cleos = place(acme, variant, "customer:" + cleo.subject());
		PendingOrder dans = place(acme, variant, "customer:" + dan.subject());
		place(acme, variant, "checkout");
		this.runtime.post(acme.id(), acme.ownerToken(), "/api/admin/orders/" + cleos.facts().id() + "/payment",
				"{\"reason\":\"cash\"}");

		JsonNode history = get(acme, cleo, "/api/store/customer/orders").json();
		Answer own = get(acme, cleo, "/api/store/customer/orders/" + cleos.facts().id());
		Answer others = get(acme, cleo, "/api/store/customer/orders/" + dans.facts().id());

		assertThat(history.get("items")).hasSize(1);
		assertThat(history.get("items").get(0).get("number").asLong()).isEqualTo(cleos.facts().number());
		assertThat(history.get("items").get(0).get("state").asString()).isEqualTo("paid");
		assertThat(own.json().get("state").asString()).isEqualTo("paid");
		assertThat(own.json().get("lines").get(0).get("title").asString()).isEqualTo("Mug");
		assertThat(own.json().get("timeline").toString()).as("no staff names for customers")
			.doesNotContain(acme.ownerEmail())
			.doesNotContain("cash");
		assertThat(others.status()).isEqualTo(404);
		assertThat(others.contentType()).startsWith("application/problem+json");
	}

	@Test
	void pagesTheOrderHistoryNewestFirstWithACursor() {
		Shop shop = shop("customer-pages");
		Customer eve = ShopCustomers.aCustomer(shop);
		UUID variant = Variants.aVariant(shop.route().schema(), false);
		List<Long> numbers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			numbers.add(place(shop, variant, "customer:" + eve.subject()).facts().number());
		}

		JsonNode first = get(shop, eve, "/api/store/customer/orders?limit=2").json();
		JsonNode second = get(shop, eve, "/api/store/customer/orders?limit=2&after=" + first.get("next").asString())
			.json();
		Answer badCursor = get(shop, eve, "/api/store/customer/orders?after=bm9wZQ");
		Answer badLimit = get(shop, eve, "/api/store/customer/orders?limit=0");

		assertThat(numbersOf(first)).containsExactly(numbers.get(2), numbers.get(1));
		assertThat(numbersOf(second)).containsExactly(numbers.get(0));
		assertThat(second.get("next").isNull()).isTrue();
		assertThat(fields(badCursor)).containsExactly("after");
		assertThat(fields(badLimit)).containsExactly("limit");
	}

	@Test
	void aStaffTokenIsNoCustomerAndACustomerTokenNeverReachesTheAdminApi() {
		Shop acme = shop("acme");
		Customer fay = ShopCustomers.aCustomer(acme);

		Answer ownerAsCustomer = this.runtime.get(acme.id(), acme.ownerToken(), "/api/store/customer");
		Answer customerAsStaff = this.runtime.get(acme.id(), fay.token(), "/api/admin/orders");
		Answer customerWrites = this.runtime.post(acme.id(), fay.token(), "/api/admin/products",
				RuntimeClient.productJson("CUST-1", "Nope", 100, "EUR"));
		Answer anonymous = this.runtime.get(acme.id(), null, "/api/store/customer");

		assertThat(ownerAsCustomer.status()).isEqualTo(403);
		assertThat(ownerAsCustomer.json().get("detail").asString()).contains("customer");
		assertThat(customerAsStaff.status()).isEqualTo(403);
		assertThat(customerWrites.status()).isEqualTo(403);
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void aCustomerOfOneShopCannotReadAnotherShopsAccountOrTouchAnotherCustomersAddress() {
		Shop acme = shop("acme");
		Shop globex = shop("globex");
		Customer gus = ShopCustomers.aCustomer(acme);
		Customer hal = ShopCustomers.aCustomer(acme);
		String address = post(acme, gus, "/api/store/customer/addresses", ADDRESS).json().get("id").asString();

		Answer otherShop = this.runtime.get(globex.id(), gus.token(), "/api/store/customer");
		Answer otherShopOrders = this.runtime.get(globex.id(), gus.token(), "/api/store/customer/orders");
		Answer changeOthers = put(acme, hal, "/api/store/customer/addresses/" + address,
				ADDRESS.replace("Berlin", "Paris"));
		Answer deleteOthers = this.runtime.delete(acme.id(), hal.token(), "/api/store/customer/addresses/" + address);

		assertThat(otherShop.status()).isEqualTo(401);
		assertThat(otherShopOrders.status()).isEqualTo(401);
		assertThat(changeOthers.status()).isEqualTo(404);
		assertThat(deleteOthers.status()).isEqualTo(404);
		assertThat(stored(acme, "select count(*) from %s.customer_address where city = 'Berlin' and subject = ?",
				gus.subject()))
			.isEqualTo(1);
		assertThat(stored(globex, "select count(*) from %s.customer_profile where subject = ?", gus.subject()))
			.isZero();
	}

	private PendingOrder place(Shop shop, UUID variant, String placedBy) {
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		PricedLine line = new PricedLine(new VariantId(variant), "SKU", "Mug", new Money(1_250, "EUR"), 1, 300);
		PricingRules rules = new PricingRules(new ShippingMethod.FlatRate("standard", new Money(490, "EUR")),
				new TaxRate("DE", 1_900, true), Optional.empty());
		return this.orderBook.place(tenant,
				new NewOrder(List.of(line), TotalsCalculation.totals(List.of(line), rules), List.of(), placedBy));
	}

	private Answer get(Shop shop, Customer customer, String path) {
		return this.runtime.get(shop.id(), customer.token(), path);
	}

	private Answer post(Shop shop, Customer customer, String path, String json) {
		return this.runtime.post(shop.id(), customer.token(), path, json);
	}

	private Answer put(Shop shop, Customer customer, String path, String json) {
		return this.runtime.put(shop.id(), customer.token(), path, json);
	}

	private static List<String> fields(Answer answer) {
		List<String> fields = new ArrayList<>();
		answer.json().get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		return fields;
	}

	private static List<Long> numbersOf(JsonNode page) {
		List<Long> numbers = new ArrayList<>();
		page.get("items").forEach((item) -> numbers.add(item.get("number").asLong()));
		return numbers;
	}

	private static int stored(Shop shop, String sql, String subject) {
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql(sql.formatted("\"" + shop.route().schema() + "\""))
			.param(subject)
			.query(Integer.class)
			.single();
	}

}
