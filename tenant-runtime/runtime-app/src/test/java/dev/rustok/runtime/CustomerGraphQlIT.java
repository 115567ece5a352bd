package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.PendingOrder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.rustok.runtime.GraphQlShopper.classification;
import static dev.rustok.runtime.GraphQlShopper.fields;
import static dev.rustok.runtime.GraphQlShopper.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's own account over GraphQL on the real runtime, PostgreSQL and Keycloak
 * (docs/adr/0081): the same facade as {@link CustomerAccountsIT}, for customer tokens of
 * the shop only.
 */
class CustomerGraphQlIT extends RuntimeIntegrationTest {

	private static final String PASSWORD = "customer-gql-pass-" + UUID.randomUUID();

	private static final Map<String, Object> ADDRESS = Map.of("recipient", "Ada Lovelace", "line1", "12 Analytical Row",
			"postalCode", "10115", "city", "Berlin", "country", "de", "phone", "+49 30 1234");

	private static final String ADD = "mutation($input: CustomerAddressInput) { addAddress(input: $input) "
			+ "{ id city country } }";

	@Autowired
	OrderBook orderBook;

	@Test
	void aCustomerKeepsAddressesAndTheFirstBecomesTheDefault() {
		Shop acme = shop("acme");
		Customer ada = customer(acme);

		Answer me = graphql(acme, ada, "{ me { email name defaultAddressId addresses { id } } }", Map.of());
		Answer added = graphql(acme, ada, ADD, Map.of("input", ADDRESS));
		Answer second = graphql(acme, ada, ADD, Map.of("input", with(ADDRESS, "city", "Hamburg")));
		String first = added.json().at("/data/addAddress/id").asString();
		String other = second.json().at("/data/addAddress/id").asString();
		Answer changed = graphql(acme, ada,
				"mutation($id: ID!, $input: CustomerAddressInput) { updateAddress(id: $id, input: $input) { line1 } }",
				Map.of("id", first, "input", with(ADDRESS, "line1", "14 Analytical Row")));
		Answer renamed = graphql(acme, ada,
				"mutation($a: ID) { updateMe(name: \"Ada L.\", defaultAddressId: $a) { name defaultAddressId } }",
				Map.of("a", other));
		Answer removed = graphql(acme, ada, "mutation($id: ID!) { deleteAddress(id: $id) }", Map.of("id", first));
		JsonNode after = graphql(acme, ada, "{ me { defaultAddressId addresses { city } } }", Map.of()).json();

		assertThat(me.json().has("errors")).as(me.body()).isFalse();
		assertThat(me.json().at("/data/me/email").asString()).isEqualTo(ada.email());
		assertThat(added.json().at("/data/addAddress/country").asString()).isEqualTo("DE");
		assertThat(changed.json().at("/data/updateAddress/line1").asString()).isEqualTo("14 Analytical Row");
		assertThat(renamed.json().at("/data/updateMe/name").asString()).isEqualTo("Ada L.");
		assertThat(renamed.json().at("/data/updateMe/defaultAddressId").asString()).isEqualTo(other);
		assertThat(removed.json().at("/data/deleteAddress").asString()).isEqualTo(first);
		assertThat(after.at("/data/me/addresses")).hasSize(1);
		assertThat(after.at("/data/me/addresses/0/city").asString()).isEqualTo("Hamburg");
		assertThat(stored(acme, "select count(*) from %s.customer_address where subject = ?", ada.subject()))
			.isEqualTo(1);
	}

	@Test
	void refusesAnAddressMissingRequiredFieldsAndStoresNothing() {
		Shop acme = shop("acme");
		Customer bob = customer(acme);

		Answer missing = graphql(acme, bob, ADD, Map.of("input", Map.of("recipient", " ", "country", "XX")));
		Answer none = graphql(acme, bob, ADD, Map.of());
		Answer notAnId = graphql(acme, bob, "mutation { deleteAddress(id: \"home\") }", Map.of());

		assertThat(status(missing)).as(missing.body()).isEqualTo(400);
		assertThat(fields(missing)).containsExactlyInAnyOrder("recipient", "line1", "postalCode", "city", "country");
		assertThat(fields(none)).containsExactlyInAnyOrder("recipient", "line1", "postalCode", "city", "country");
		assertThat(fields(notAnId)).containsExactly("id");
		assertThat(stored(acme, "select count(*) from %s.customer_address where subject = ?", bob.subject())).isZero();
	}

	@Test
	void aCustomerPagesTheirOwnOrdersAndSeesNoOneElses() {
		Shop shop = shop("customer-graphql-orders");
		Customer eve = customer(shop);
		Customer dan = customer(shop);
		List<Long> numbers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			numbers.add(PlacedOrders.place(this.orderBook, shop, "customer:" + eve.subject(), 1).facts().number());
		}
		PendingOrder dans = PlacedOrders.place(this.orderBook, shop, "customer:" + dan.subject(), 1);
		String page = "query($after: String) { me { orders(first: 2, after: $after) "
				+ "{ items { id number state total { amountMinor } } next } } }";

		JsonNode first = graphql(shop, eve, page, Map.of()).json();
		JsonNode second = graphql(shop, eve, page, Map.of("after", first.at("/data/me/orders/next").asString())).json();
		Answer own = graphql(shop, eve,
				"query($id: ID!) { me { order(id: $id) { number state lines { title quantity } "
						+ "timeline { action state } } } }",
				Map.of("id", first.at("/data/me/orders/items/0/id").asString()));
		Answer others = graphql(shop, eve, "query($id: ID!) { me { order(id: $id) { number } } }",
				Map.of("id", dans.facts().id().toString()));
		Answer badCursor = graphql(shop, eve, page, Map.of("after", "bm9wZQ"));
		Answer badFirst = graphql(shop, eve, "{ me { orders(first: 0) { next } } }", Map.of());

		assertThat(numbersOf(first)).containsExactly(numbers.get(2), numbers.get(1));
		assertThat(numbersOf(second)).containsExactly(numbers.get(0));
		assertThat(second.at("/data/me/orders/next").isNull()).isTrue();
		assertThat(own.json().at("/data/me/order/lines/0/title").asString()).isEqualTo("Mug 0");
		assertThat(own.json().at("/data/me/order/timeline/0/action").asString()).isEqualTo("placed");
		assertThat(status(others)).as(others.body()).isEqualTo(404);
		assertThat(others.json().at("/data/me/order").isNull()).isTrue();
		assertThat(fields(badCursor)).containsExactly("after");
		assertThat(fields(badFirst)).containsExactly("first");
	}

	@Test
	void onlyACustomerTokenOfThisShopReachesTheAccount() {
		Shop acme = shop("acme");
		Shop globex = shop("globex");
		Customer fay = customer(acme);
		String me = "{ me { email } }";

		Answer anonymous = this.runtime.graphql(acme.id(), null, me, Map.of());
		Answer owner = this.runtime.graphql(acme.id(), acme.ownerToken(), me, Map.of());
		Answer otherShop = this.runtime.graphql(globex.id(), fay.token(), me, Map.of());
		Answer otherShopWrite = this.runtime.graphql(globex.id(), fay.token(), ADD, Map.of("input", ADDRESS));
		Answer customerAsStaff = this.runtime.graphql(acme.id(), fay.token(), "{ adminOrders { next } }", Map.of());

		assertThat(classification(anonymous)).isEqualTo("UNAUTHORIZED");
		assertThat(anonymous.json().at("/data/me").isNull()).isTrue();
		assertThat(classification(owner)).as("a staff token is no customer's").isEqualTo("FORBIDDEN");
		assertThat(otherShop.status()).isEqualTo(401);
		assertThat(otherShop.contentType()).startsWith("application/problem+json");
		assertThat(otherShopWrite.status()).isEqualTo(401);
		assertThat(classification(customerAsStaff)).isEqualTo("FORBIDDEN");
		assertThat(stored(globex, "select count(*) from %s.customer_profile where subject = ?", fay.subject()))
			.isZero();
		assertThat(stored(acme, "select count(*) from %s.customer_address where subject = ?", fay.subject())).isZero();
	}

	private record Customer(String email, String token, String subject) {

	}

	private static Customer customer(Shop shop) {
		String email = "gql-shopper-" + UUID.randomUUID() + "@customers.example";
		StaffUsers.createWithoutRoles(shop.route().realm(), email, PASSWORD);
		String token = new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(shop.route().realm(), email, PASSWORD);
		return new Customer(email, token, KeycloakTokens.claims(token).path("sub").asString());
	}

	private Answer graphql(Shop shop, Customer customer, String query, Map<String, Object> variables) {
		Answer answer = this.runtime.graphql(shop.id(), customer.token(), query, variables);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer;
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new java.util.HashMap<>(map);
		copy.put(key, value);
		return copy;
	}

	private static List<Long> numbersOf(JsonNode answer) {
		List<Long> numbers = new ArrayList<>();
		answer.at("/data/me/orders/items").forEach((item) -> numbers.add(item.get("number").asLong()));
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
