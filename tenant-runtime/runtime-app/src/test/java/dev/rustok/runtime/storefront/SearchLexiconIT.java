package dev.rustok.runtime.storefront;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.devservices.Database;
import dev.rustok.devservices.PostgresServer;
import dev.rustok.runtime.schema.TenantSchemaTemplate;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word being typed becomes the lexemes of the shop's lexicon that it starts (V23,
 * docs/adr/0124): the search finds what the prefix found, a lexeme indexed later
 * included, in the shop's language; a word that starts too many lexemes stays a prefix;
 * an existing shop's documents fill the lexicon when it migrates.
 */
class SearchLexiconIT {

	private static ScratchShop shop;

	private static JooqStoreSearch search;

	@BeforeAll
	static void openShop() {
		shop = new ScratchShop();
		search = new JooqStoreSearch((tenant) -> shop.dsl, JooqStoreSearch.DEFAULT_WINDOW);
	}

	@AfterAll
	static void closeShop() {
		shop.close();
	}

	@BeforeEach
	void noProducts() {
		shop.rows.clear();
		shop.dsl.execute("update t_scratch.store_settings set language = null");
	}

	@Test
	void theWordBeingTypedFindsEveryProductWithAWordItStartsAlsoOnesIndexedLater() {
		shop.rows.product("Walnut lamp").price(100).insert();
		shop.rows.product("Walnut lampshade").price(100).insert();
		shop.rows.product("Oak lamp").price(100).insert();
		shop.rows.product("Walnut table").price(100).insert();

		assertThat(titles("walnut lam")).containsExactlyInAnyOrder("Walnut lamp", "Walnut lampshade");
		// quoted twice: a tsquery's lexeme in an SQL literal
		assertThat(query("walnut lam")).contains("''lamp'' | ", "''lampshade''").doesNotContain(":*");

		shop.rows.product("Walnut lampion").price(100).insert();

		assertThat(titles("walnut lam")).containsExactlyInAnyOrder("Walnut lamp", "Walnut lampshade", "Walnut lampion");
		assertThat(titles("lamps")).containsExactly("Walnut lampshade");
		assertThat(titles("lampz")).isEmpty();
	}

	@Test
	void aWordThatStartsMoreLexemesThanTheQueryNamesStaysAPrefixAndFindsThemAll() {
		for (int i = 0; i <= JooqIndexedFilters.MAX_EXPANSIONS; i++) {
			shop.rows.product("Gizmo q" + i).price(100).insert();
		}

		assertThat(query("gizmo q")).contains("q:*");
		assertThat(titles("gizmo q")).hasSize(JooqIndexedFilters.MAX_EXPANSIONS + 1);
		assertThat(search("gizmo q1").total()).isEqualTo(8); // q1, q10 … q16
	}

	@Test
	void theWordBeingTypedIsStemmedInTheShopsLanguageAsTheDocumentsAre() {
		shop.dsl.execute("update t_scratch.store_settings set language = 'en'");
		shop.rows.product("Brass lamps").price(100).insert();
		shop.rows.product("Brass lampposts").price(100).insert();

		assertThat(titles("brass lamps")).containsExactlyInAnyOrder("Brass lamps", "Brass lampposts");
		assertThat(query("brass lamps")).contains("''lamp'' | ", "''lamppost''").doesNotContain("''lamps''", ":*");
		assertThat(titles("lamppost")).containsExactly("Brass lampposts");
	}

	@Test
	void aLexemeReachesTheQueryAsItIs() {
		for (String lexeme : List.of("it's", "back\\slash", "lamp-post", "o''brien")) {
			boolean alone = shop.dsl.fetchValue(DSL.field("array_to_tsvector(array[{0}]) @@ {1}::tsquery",
					Boolean.class, DSL.val(lexeme), DSL.val(JooqIndexedFilters.anyOf(List.of(lexeme)))));
			boolean another = shop.dsl.fetchValue(DSL.field("array_to_tsvector(array[{0}]) @@ {1}::tsquery",
					Boolean.class, DSL.val(lexeme + "x"), DSL.val(JooqIndexedFilters.anyOf(List.of(lexeme)))));

			assertThat(alone).as(lexeme).isTrue();
			assertThat(another).as(lexeme).isFalse();
		}
	}

	@Test
	void anExistingShopsDocumentsFillTheLexiconWhenItMigrates() {
		Database database = PostgresServer.shared().createDatabase("lexicon");
		try {
			String schema = "t_lexicon";
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			jdbc.sql("create schema " + schema).update();
			flyway(database, schema, MigrationVersion.fromVersion("22")).migrate();
			jdbc.sql("insert into " + schema + ".read_product (product_id, handle, title, title_key, created_at,"
					+ " available, document, facets, search) values (?, 'lamp', 'Walnut lamp', 'walnut lamp', now(),"
					+ " true, '{}', '{}', to_tsvector('simple', 'Walnut lamp on a shelf'))")
				.param(UUID.randomUUID())
				.update();

			flyway(database, schema, MigrationVersion.LATEST).migrate();

			assertThat(jdbc.sql("select lexeme from " + schema + ".read_lexeme order by lexeme")
				.query(String.class)
				.list()).containsExactly("a", "lamp", "on", "shelf", "walnut");
		}
		finally {
			database.drop();
		}
	}

	private static Flyway flyway(Database database, String schema, MigrationVersion target) {
		return Flyway.configure()
			.dataSource(database.dataSource())
			.schemas(schema)
			.locations(TenantSchemaTemplate.MIGRATIONS_LOCATION)
			.target(target)
			.load();
	}

	// the query as the search writes it into its statement
	private static String query(String words) {
		return shop.dsl.renderInlined(JooqIndexedFilters.textQuery(shop.dsl, words));
	}

	private static List<String> titles(String words) {
		return search(words).items().stream().map(ProductCard::title).toList();
	}

	private static SearchResults search(String words) {
		ProductFilter filter = new ProductFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.of("EUR"), false, Optional.empty());
		return search.search(ScratchShop.TENANT, new SearchRequest(words, filter, 50, 1));
	}

}
