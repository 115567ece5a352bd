package dev.rustok.runtime;

import java.util.Map;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop's plan caps its products (docs/adr/0049): in these tests the basic plan allows
 * {@value RuntimePlatform#BASIC_PRODUCTS_ALLOWED}. Past that, REST answers 403
 * problem+json naming the quota and GraphQL the same as an error, and nothing is stored.
 */
class ProductQuotaIT extends RuntimeIntegrationTest {

	@Test
	void refusesAProductBeyondThePlansAllowanceInRestAndGraphQlUntilOneIsDeleted() {
		Shop shop = RuntimePlatform.shop("quota", this.hazelcast, "basic");
		String token = shop.ownerToken();
		String last = null;
		for (int i = 0; i < RuntimePlatform.BASIC_PRODUCTS_ALLOWED; i++) {
			Answer created = this.runtime.createProduct(shop.id(), token,
					RuntimeClient.productJson(CatalogApiIT.sku("QUOTA"), "Allowed " + i, 100, "EUR"));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			last = created.json().get("id").asString();
		}
		Map<String, String> before = shop.catalogState();

		Answer rest = this.runtime.createProduct(shop.id(), token,
				RuntimeClient.productJson(CatalogApiIT.sku("QUOTA-REST"), "One too many", 100, "EUR"));
		Answer graphql = this.runtime.graphql(shop.id(), token,
				"mutation { createProduct(input: {title: \"One too many\", variants: [{sku: \"%s\", prices: [{currency: \"EUR\", amountMinor: 100}]}]}) { id } }"
					.formatted(CatalogApiIT.sku("QUOTA-GQL")),
				Map.of());

		assertThat(rest.status()).as(rest.body()).isEqualTo(403);
		assertThat(rest.contentType()).startsWith("application/problem+json");
		assertThat(rest.json().get("quota").asString()).isEqualTo("products");
		assertThat(rest.json().get("allowed").asInt()).isEqualTo(RuntimePlatform.BASIC_PRODUCTS_ALLOWED);
		assertThat(rest.json().get("plan").asString()).isEqualTo("basic");
		JsonNode error = graphql.json().get("errors").get(0);
		assertThat(error.get("extensions").get("classification").asString()).isEqualTo("FORBIDDEN");
		assertThat(error.get("extensions").get("status").asInt()).isEqualTo(403);
		assertThat(error.get("extensions").get("quota").asString()).isEqualTo("products");
		assertThat(shop.catalogState()).as("nothing stored").isEqualTo(before);

		assertThat(this.runtime.delete(shop.id(), token, "/api/admin/products/" + last + "?version=1").status())
			.isEqualTo(204);
		assertThat(this.runtime
			.createProduct(shop.id(), token,
					RuntimeClient.productJson(CatalogApiIT.sku("QUOTA-AGAIN"), "Room again", 100, "EUR"))
			.status()).isEqualTo(201);
	}

}
