package dev.rustok.runtime;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory admin API through HTTP on the real runtime, PostgreSQL and Keycloak: what
 * each role may do, what is answered and what is stored.
 */
class InventoryApiIT extends RuntimeIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void adjustsStockAndKeepsTheHistoryNewestFirstInPages() {
		Shop acme = shop("acme");
		UUID variant = Variants.aVariant(acme.route().schema(), true);
		String token = acme.ownerToken();

		Answer received = adjust(acme, token, variant, Map.of("delta", 10, "reason", "received", "note", "PO 17"));
		Answer damaged = adjust(acme, token, variant, Map.of("delta", -2, "reason", "damaged"));

		assertThat(received.status()).isEqualTo(201);
		assertThat(received.json().get("onHand").asInt()).isEqualTo(10);
		assertThat(damaged.status()).isEqualTo(201);
		assertThat(damaged.json().get("available").asInt()).isEqualTo(8);
		JsonNode stock = get(acme, token, "/api/admin/inventory/variants/" + variant).json();
		assertThat(stock.get("tracked").asBoolean()).isTrue();
		assertThat(stock.get("available").asInt()).isEqualTo(8);
		assertThat(stock.get("levels").get(0).get("locationName").asString()).isEqualTo("Default");
		assertThat(stock.get("levels").get(0).get("onHand").asInt()).isEqualTo(8);
		JsonNode first = get(acme, token, "/api/admin/inventory/variants/" + variant + "/adjustments?limit=1").json();
		assertThat(first.get("items").get(0).get("reason").asString()).isEqualTo("damaged");
		assertThat(first.get("items").get(0).get("actor").asString()).isEqualTo(acme.ownerEmail());
		JsonNode second = get(acme, token, "/api/admin/inventory/variants/" + variant + "/adjustments?limit=1&after="
				+ first.get("next").asString())
			.json();
		assertThat(second.get("items").get(0).get("reason").asString()).isEqualTo("received");
		assertThat(second.get("items").get(0).get("note").asString()).isEqualTo("PO 17");
		assertThat(second.get("items").get(0).get("onHandAfter").asInt()).isEqualTo(10);
		assertThat(second.get("next").isNull()).isTrue();
	}

	@Test
	void refusesAnAdjustmentBelowZeroAndLeavesTheLevelAndHistoryUnchanged() {
		Shop acme = shop("acme");
		UUID variant = Variants.aVariant(acme.route().schema(), true);
		String token = acme.ownerToken();
		adjust(acme, token, variant, Map.of("delta", 3, "reason", "received"));

		Answer refused = adjust(acme, token, variant, Map.of("delta", -4, "reason", "correction"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("delta");
		assertThat(refused.json().get("errors").get(0).get("reason").asString()).contains("below zero");
		assertThat(Variants.stored(acme.route().schema(), variant)).containsExactly(3, 0);
		assertThat(Variants.adjustmentCount(acme.route().schema(), variant)).isEqualTo(1);
	}

	@Test
	void refusesBadInputNamingTheFieldAndStoresNothing() {
		Shop acme = shop("acme");
		UUID variant = Variants.aVariant(acme.route().schema(), true);
		String token = acme.ownerToken();

		Answer badReason = adjust(acme, token, variant, Map.of("delta", 3, "reason", "stolen"));
		Answer sold = adjust(acme, token, variant, Map.of("delta", 3, "reason", "sold"));
		Answer absurd = adjust(acme, token, variant, Map.of("delta", 1_000_001, "reason", "received"));
		Answer overflow = adjust(acme, token, variant, Map.of("delta", 99_999_999_999L, "reason", "received"));
		Answer nul = adjust(acme, token, variant, Map.of("delta", 1, "reason", "received", "note", "a\u0000b"));
		Answer threshold = send(acme, token, "PUT", "/api/admin/inventory/variants/" + variant + "/threshold",
				Map.of("lowStockThreshold", -1));

		Answer noThreshold = send(acme, token, "PUT", "/api/admin/inventory/variants/" + variant + "/threshold",
				Map.of());
		Answer badCursor = get(acme, token, "/api/admin/inventory/variants/" + variant + "/adjustments?after=bm9wZQ");
		Answer badLimit = get(acme, token, "/api/admin/inventory/variants/" + variant + "/adjustments?limit=101");
		Answer badLocation = send(acme, token, "POST", "/api/admin/inventory/locations", Map.of("name", "x\u0000"));
		Answer notJson = this.runtime
			.send(this.runtime.request(acme.id(), "/api/admin/inventory/variants/" + variant + "/adjustments")
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"delta\": ")));

		assertThat(field(noThreshold)).isEqualTo("lowStockThreshold");
		assertThat(field(badCursor)).isEqualTo("after");
		assertThat(field(badLimit)).isEqualTo("limit");
		assertThat(field(badLocation)).isEqualTo("name");
		assertThat(List.of(noThreshold, badCursor, badLimit, badLocation, notJson))
			.allSatisfy((answer) -> assertThat(answer.status()).isEqualTo(400))
			.allSatisfy((answer) -> assertThat(answer.contentType()).startsWith("application/problem+json"));
		assertThat(List.of(badReason, sold, absurd, overflow, nul, threshold))
			.allSatisfy((answer) -> assertThat(answer.status()).isEqualTo(400));
		assertThat(field(badReason)).isEqualTo("reason");
		assertThat(field(sold)).isEqualTo("reason");
		assertThat(field(absurd)).isEqualTo("delta");
		assertThat(field(overflow)).isEqualTo("delta");
		assertThat(field(nul)).isEqualTo("note");
		assertThat(field(threshold)).isEqualTo("lowStockThreshold");
		assertThat(Variants.stored(acme.route().schema(), variant)).containsExactly(0, 0);
		assertThat(Variants.adjustmentCount(acme.route().schema(), variant)).isZero();
	}

	@Test
	void answersNotFoundForAnUnknownVariantOrLocation() {
		Shop acme = shop("acme");
		UUID variant = Variants.aVariant(acme.route().schema(), true);
		String token = acme.ownerToken();

		Answer unknownVariant = get(acme, token, "/api/admin/inventory/variants/" + UUID.randomUUID());
		Answer unknownLocation = adjust(acme, token, variant,
				Map.of("delta", 1, "reason", "received", "locationId", UUID.randomUUID().toString()));
		Answer notAnId = get(acme, token, "/api/admin/inventory/variants/not-a-uuid");

		assertThat(unknownVariant.status()).isEqualTo(404);
		assertThat(unknownVariant.contentType()).startsWith("application/problem+json");
		assertThat(unknownLocation.status()).isEqualTo(404);
		assertThat(notAnId.status()).isEqualTo(400);
		assertThat(Variants.adjustmentCount(acme.route().schema(), variant)).isZero();
	}

	@Test
	void addsALocationStocksItAndRefusesADuplicateName() {
		Shop acme = shop("acme");
		UUID variant = Variants.aVariant(acme.route().schema(), true);
		String token = acme.ownerToken();
		String name = "Warehouse " + UUID.randomUUID().toString().substring(0, 8);

		Answer added = send(acme, token, "POST", "/api/admin/inventory/locations", Map.of("name", name));
		Answer duplicate = send(acme, token, "POST", "/api/admin/inventory/locations", Map.of("name", name));
		String locationId = added.json().get("id").asString();
		adjust(acme, token, variant, Map.of("delta", 4, "reason", "received", "locationId", locationId));
		adjust(acme, token, variant, Map.of("delta", 1, "reason", "received"));

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("isDefault").asBoolean()).isFalse();
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(field(duplicate)).isEqualTo("name");
		JsonNode locations = get(acme, token, "/api/admin/inventory/locations").json().get("items");
		assertThat(locations.get(0).get("isDefault").asBoolean()).isTrue();
		assertThat(locations.valueStream().map((location) -> location.get("name").asString())).contains(name);
		JsonNode stock = get(acme, token, "/api/admin/inventory/variants/" + variant).json();
		assertThat(stock.get("available").asInt()).isEqualTo(5);
		assertThat(stock.get("levels")
			.valueStream()
			.filter((level) -> level.get("locationId").asString().equals(locationId))
			.map((level) -> level.get("onHand").asInt())).containsExactly(4);
	}

	@Test
	void listsAVariantAsLowOnStockOnceAtOrUnderItsThreshold() {
		Shop acme = shop("acme");
		UUID variant = Variants.aVariant(acme.route().schema(), true);
		String token = acme.ownerToken();
		adjust(acme, token, variant, Map.of("delta", 6, "reason", "received"));

		Answer set = send(acme, token, "PUT", "/api/admin/inventory/variants/" + variant + "/threshold",
				Map.of("lowStockThreshold", 5));
		List<String> before = lowStock(acme, token);
		adjust(acme, token, variant, Map.of("delta", -1, "reason", "damaged"));
		List<String> after = lowStock(acme, token);

		assertThat(set.status()).isEqualTo(200);
		assertThat(set.json().get("lowStockThreshold").asInt()).isEqualTo(5);
		assertThat(before).doesNotContain(variant.toString());
		assertThat(after).contains(variant.toString());
	}

	@Test
	void showsAnUntrackedVariantAsNotTracked() {
		Shop acme = shop("acme");
		UUID variant = Variants.aVariant(acme.route().schema(), false);

		JsonNode stock = get(acme, acme.ownerToken(), "/api/admin/inventory/variants/" + variant).json();

		assertThat(stock.get("tracked").asBoolean()).isFalse();
	}

	@Test
	void letsAViewerReadButNotAdjustAndAnEditorAdjust() {
		Shop acme = shop("acme");
		UUID variant = Variants.aVariant(acme.route().schema(), true);
		String viewer = staffToken(acme, "viewer");
		String editor = staffToken(acme, "editor");

		Answer read = get(acme, viewer, "/api/admin/inventory/variants/" + variant);
		Answer viewerAdjusts = adjust(acme, viewer, variant, Map.of("delta", 5, "reason", "received"));
		Answer viewerAddsLocation = send(acme, viewer, "POST", "/api/admin/inventory/locations",
				Map.of("name", "By viewer"));
		Answer editorAdjusts = adjust(acme, editor, variant, Map.of("delta", 2, "reason", "received"));

		assertThat(read.status()).isEqualTo(200);
		assertThat(viewerAdjusts.status()).isEqualTo(403);
		assertThat(viewerAdjusts.contentType()).startsWith("application/problem+json");
		assertThat(viewerAddsLocation.status()).isEqualTo(403);
		assertThat(editorAdjusts.status()).isEqualTo(201);
		assertThat(Variants.stored(acme.route().schema(), variant)).containsExactly(2, 0);
	}

	@Test
	void refusesAnonymousCallsAndTokensOfAnotherShop() {
		Shop acme = shop("acme");
		Shop other = shop("other");
		UUID variant = Variants.aVariant(acme.route().schema(), true);

		Answer anonymousRead = get(acme, null, "/api/admin/inventory/variants/" + variant);
		Answer foreign = adjust(acme, other.ownerToken(), variant, Map.of("delta", 5, "reason", "received"));

		assertThat(anonymousRead.status()).isEqualTo(401);
		assertThat(foreign.status()).isEqualTo(401);
		assertThat(Variants.stored(acme.route().schema(), variant)).containsExactly(0, 0);
	}

	@Test
	void answersNotFoundForAVariantOfAnotherShopAndLeavesItsStockAlone() {
		Shop acme = shop("acme");
		Shop other = shop("other");
		UUID othersVariant = Variants.aVariant(other.route().schema(), true);
		String token = acme.ownerToken();

		Answer read = get(acme, token, "/api/admin/inventory/variants/" + othersVariant);
		Answer write = adjust(acme, token, othersVariant, Map.of("delta", 5, "reason", "received"));

		assertThat(read.status()).isEqualTo(404);
		assertThat(write.status()).isEqualTo(404);
		assertThat(Variants.stored(other.route().schema(), othersVariant)).containsExactly(0, 0);
		assertThat(Variants.adjustmentCount(other.route().schema(), othersVariant)).isZero();
	}

	private List<String> lowStock(Shop shop, String token) {
		return get(shop, token, "/api/admin/inventory/low-stock").json()
			.get("items")
			.valueStream()
			.map((item) -> item.get("variantId").asString())
			.toList();
	}

	private String staffToken(Shop shop, String role) {
		String username = role + "-" + UUID.randomUUID() + "@example.test";
		StaffUsers.createWithRole(shop.route().realm(), username, "staff-password", role);
		return new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(shop.route().realm(), username,
				"staff-password");
	}

	private static String field(Answer answer) {
		return answer.json().get("errors").get(0).get("field").asString();
	}

	private Answer adjust(Shop shop, String token, UUID variant, Map<String, Object> body) {
		return send(shop, token, "POST", "/api/admin/inventory/variants/" + variant + "/adjustments", body);
	}

	private Answer get(Shop shop, String token, String path) {
		HttpRequest.Builder request = this.runtime.request(shop.id(), path).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.runtime.send(request);
	}

	private Answer send(Shop shop, String token, String method, String path, Map<String, Object> body) {
		HttpRequest.Builder request = this.runtime.request(shop.id(), path)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.runtime.send(request);
	}

}
