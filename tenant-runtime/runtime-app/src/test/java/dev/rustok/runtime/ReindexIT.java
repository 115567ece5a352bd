package dev.rustok.runtime;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.storefront.CatalogRows;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The online reindex (docs/adr/0066): it rebuilds every document from the write model,
 * including changes that never sent an event, removes documents of products that are
 * gone, reports its progress, and the storefront keeps answering while it runs.
 */
class ReindexIT extends RuntimeIntegrationTest {

	@Test
	void rebuildsWhatTheWriteModelHoldsWhileShoppersKeepBeingServed() {
		Shop shop = shop("reindex");
		String schema = shop.route().schema();
		CatalogRows rows = new CatalogRows(RuntimePlatform.DATABASE.dataSource(), schema);
		rows.clear();
		for (int i = 0; i < 250; i++) {
			rows.product("Lamp " + i).tags("lamps").price(1000 + i).insert();
		}
		var gone = rows.product("Gone").tags("lamps").price(100).insert();
		JdbcClient sql = JdbcClient.create(RuntimePlatform.DATABASE.dataSource());
		// changes behind the indexer's back: no event tells it
		sql.sql("update \"" + schema + "\".product set title = 'Lantern ' || title").update();
		sql.sql("delete from \"" + schema + "\".product where id = ?").param(gone).update();
		assertThat(this.runtime.get(shop.id(), "/api/store/search?q=lantern").json().get("total").asLong()).isZero();

		Answer started = this.runtime.post(shop.id(), shop.ownerToken(), "/api/admin/reindex", "");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(started.json().get("total").asInt()).isEqualTo(250);
		List<Integer> pageSizes = new ArrayList<>();
		JsonNode progress = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
			pageSizes.add(this.runtime.get(shop.id(), "/api/store/products?tag=lamps").json().get("items").size());
			return this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/reindex").json();
		}, (answer) -> !answer.get("state").asString().equals("running"));

		assertThat(progress.get("state").asString()).isEqualTo("done");
		assertThat(progress.get("done").asInt()).isEqualTo(250);
		// readers never saw an emptied table: every page during the reindex was full
		assertThat(pageSizes).isNotEmpty().containsOnly(20);
		assertThat(this.runtime.get(shop.id(), "/api/store/search?q=lantern").json().get("total").asLong())
			.isEqualTo(250);
		assertThat(sql.sql("select count(*) from \"" + schema + "\".read_product where product_id = ?")
			.param(gone)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aShopWithoutAReindexSaysSoAndShoppersCannotStartOne() {
		Shop shop = shop("reindex-none");

		Answer none = this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/reindex");
		Answer anonymous = this.runtime.post(shop.id(), null, "/api/admin/reindex", "");

		assertThat(none.json().get("state").asString()).isEqualTo("none");
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void theManagementPortReindexesEveryShop() {
		Shop shop = shop("reindex-all");
		String schema = shop.route().schema();
		CatalogRows rows = new CatalogRows(RuntimePlatform.DATABASE.dataSource(), schema);
		rows.clear();
		rows.product("Fleet mug").handle("fleet-mug").price(100).insert();
		JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql("update \"" + schema + "\".product set title = 'Fleet cup'")
			.update();

		Answer started = management()
			.send(management().unsigned("/actuator/reindex").POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(started.status()).as(started.body()).isIn(200, 204);
		JsonNode fleet = await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> management().send(management().unsigned("/actuator/reindex").GET()).json(),
					(answer) -> answer.get("state").asString().equals("done"));

		assertThat(fleet.get("failed").asInt()).isZero();
		assertThat(fleet.get("shops").asInt()).isPositive();
		assertThat(this.runtime.get(shop.id(), "/api/store/products/fleet-mug").json().get("title").asString())
			.isEqualTo("Fleet cup");
		// not on the application port, which the gateway reaches: a shop's request for it
		// finds nothing
		assertThat(this.runtime.post(shop.id(), null, "/actuator/reindex", "").status()).isEqualTo(404);
	}

}
