package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rustok.runtime.schema.tables.Category;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import tools.jackson.databind.json.JsonMapper;

import static dev.rustok.runtime.schema.Tables.CATEGORY;
import static dev.rustok.runtime.schema.Tables.READ_LEXEME;
import static dev.rustok.runtime.schema.Tables.READ_PRODUCT;
import static dev.rustok.runtime.schema.Tables.READ_PRODUCT_PRICE;
import static dev.rustok.runtime.schema.Tables.STORE_SETTINGS;

/**
 * A {@link ProductFilter} as conditions on the read tables of V9 (docs/adr/0064): facet
 * containment ({@code @>}, served by the GIN index), the price row of the listed
 * currency, the in-stock flag, and the search vector for words. Shared by the list and
 * the search.
 */
final class JooqIndexedFilters {

	static final Field<Object> SEARCH = DSL.field(DSL.name("read_product", "search"), Object.class);

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final int MAX_WORDS = 8;

	/** At most this many lexemes stand for the word being typed; more stay a prefix. */
	static final int MAX_EXPANSIONS = 16;

	private static final Field<String> LANGUAGE = DSL.field(DSL.name("language"), String.class);

	private static final Field<String[]> LEXEMES = DSL.field(DSL.name("lexemes"), String[].class);

	private static final Field<String[]> STARTS = DSL.field(DSL.name("starts"), String[].class);

	// the configuration of the shop's language (store_settings as s), built once
	private static final Field<String> SHOP_CONFIG = configOf(DSL.field(DSL.name("s", "language"), String.class));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JooqIndexedFilters() {
	}

	/**
	 * The conditions of {@code filter}; the price row of its currency must be joined as
	 * {@code READ_PRODUCT_PRICE}.
	 */
	static Condition of(DSLContext dsl, ProductFilter filter) {
		Condition where = DSL.noCondition();
		if (filter.collection().isPresent()) {
			where = where.and(contains("collections", filter.collection().get()));
		}
		if (filter.category().isPresent()) {
			// the category tree has no events: it is read when listing, and each
			// product's
			// own categories are in its document
			Condition any = DSL.falseCondition();
			for (UUID category : categoryAndDescendants(dsl, filter.category().get())) {
				any = any.or(contains("categories", category.toString()));
			}
			where = where.and(any);
		}
		if (filter.tag().isPresent()) {
			where = where.and(contains("tags", filter.tag().get()));
		}
		if (filter.byPrice()) {
			long min = filter.minPrice().orElse(0L);
			long max = filter.maxPrice().orElse(Long.MAX_VALUE);
			where = where.and(READ_PRODUCT_PRICE.MIN_MINOR.le(max))
				.and(READ_PRODUCT_PRICE.MAX_MINOR.ge(min))
				.and(DSL.condition("exists (select 1 from unnest({0}) amount where amount between {1} and {2})",
						READ_PRODUCT_PRICE.AMOUNTS, DSL.val(min), DSL.val(max)));
		}
		if (filter.inStock()) {
			where = where.and(READ_PRODUCT.AVAILABLE.isTrue());
		}
		if (filter.text().isPresent()) {
			where = where.and(matches(dsl, filter.text().get()));
		}
		return where;
	}

	/** The search vector matches every word, the last one as a prefix too. */
	static Condition matches(DSLContext dsl, String text) {
		Optional<String> query = prefixQuery(text);
		if (query.isEmpty()) {
			return DSL.falseCondition();
		}
		return DSL.condition("{0} @@ {1}", SEARCH, textQuery(dsl, text));
	}

	/**
	 * The words as a query in the shop's text search configuration, written into the
	 * statement as literals ({@link #tsquery}). The word being typed becomes the lexemes
	 * of the shop's lexicon that it starts, when there are at most
	 * {@value #MAX_EXPANSIONS} ({@code walnut & ('lamp' | 'lamps')}): whole lexemes are
	 * posting lists that the GIN index merges and skips through, where a prefix makes it
	 * collect every item of every lexeme it starts before any other word narrows them
	 * (V23, docs/adr/0124). The shop's language, the typed word's lexeme and the lexemes
	 * it starts come in one round trip.
	 */
	static Field<Object> textQuery(DSLContext dsl, String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			return tsquery(SearchConfig.SIMPLE, text);
		}
		Record3<String, String[], String[]> found = dsl
			.resultQuery("""
					select s.language, w.lexemes, array(
					  select l.lexeme from {3} l
					  where l.lexeme >= w.lexemes[1] and l.lexeme < w.lexemes[1] || chr(1114111)
					  order by l.lexeme limit {0}) as starts
					from (select) one left join {4} s on true
					cross join lateral (select tsvector_to_array(to_tsvector(({1})::regconfig, {2})) as lexemes) w""",
					DSL.inline(MAX_EXPANSIONS + 1), SHOP_CONFIG, DSL.val(words.getLast()), READ_LEXEME, STORE_SETTINGS)
			.coerce(LANGUAGE, LEXEMES, STARTS)
			.fetchSingle();
		String config = SearchConfig.of(found.value1());
		String[] typed = found.value2();
		String[] starts = found.value3();
		if (typed.length != 1 || starts.length == 0 || starts.length > MAX_EXPANSIONS) {
			return tsquery(config, text);
		}
		Field<Object> anyStart = DSL.field("{0}::tsquery", Object.class, DSL.inline(anyOf(List.of(starts))));
		if (words.size() == 1) {
			return anyStart;
		}
		return DSL.field("(to_tsquery({0}::regconfig, {1}) && {2})", Object.class, DSL.inline(config),
				DSL.inline(String.join(" & ", words.subList(0, words.size() - 1))), anyStart);
	}

	/**
	 * The lexemes as tsquery input, one or the other, each quoted as it is: a lexeme is
	 * already normalised, and may hold what the parser kept in one token
	 * ({@code lamp-post}, {@code lamp.com}).
	 */
	static String anyOf(List<String> lexemes) {
		return lexemes.stream()
			.map((lexeme) -> "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'")
			.collect(java.util.stream.Collectors.joining(" | "));
	}

	// the configuration of SearchConfig for a language, in SQL
	private static Field<String> configOf(Field<String> language) {
		var choice = DSL.choose(DSL.lower(language));
		org.jooq.CaseWhenStep<String, String> when = null;
		for (Map.Entry<String, String> entry : new java.util.TreeMap<>(SearchConfig.byLanguage()).entrySet()) {
			when = (when == null) ? choice.when(DSL.inline(entry.getKey()), DSL.inline(entry.getValue()))
					: when.when(DSL.inline(entry.getKey()), DSL.inline(entry.getValue()));
		}
		return when.otherwise(DSL.inline(SearchConfig.SIMPLE));
	}

	/**
	 * The words as a prefix query in the text search configuration {@code config},
	 * written into the statement as literals, not bound: a statement prepared with a
	 * bound query gets a generic plan after a few runs, which cannot tell a word every
	 * product carries from a rare one and reads all 100,000 entries of a common word's
	 * bitmap before its limit applies (docs/adr/0112). Safe as a literal: jOOQ escapes
	 * it, and only letters and digits reach it ({@link #prefixQuery}).
	 */
	static Field<Object> tsquery(String config, String text) {
		return DSL.field("to_tsquery({0}::regconfig, {1})", Object.class, DSL.inline(config),
				DSL.inline(prefixQuery(text).orElse("")));
	}

	/** ts_rank of the search vector against the words (title weighs most). */
	static Field<Float> rank(DSLContext dsl, String text) {
		return DSL.field("ts_rank({0}, {1})", Float.class, SEARCH, tsquery(searchConfig(dsl), text));
	}

	/**
	 * {@code blue kett} becomes {@code blue & kett:*}: the word being typed is a prefix,
	 * the words before it are whole (stemmed by the shop's language), as Algolia's and
	 * Meilisearch's defaults do. Each prefix costs the index a bitmap of every product
	 * carrying any word it starts, where a whole word is a merge of posting lists
	 * (docs/adr/0112). Only letters and digits reach to_tsquery, so no input can form an
	 * operator or a syntax error.
	 */
	static Optional<String> prefixQuery(String text) {
		List<String> words = new ArrayList<>(words(text));
		if (words.isEmpty()) {
			return Optional.empty();
		}
		words.set(words.size() - 1, words.getLast() + ":*");
		return Optional.of(String.join(" & ", words));
	}

	// letters and digits, the first MAX_WORDS runs of them
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find() && words.size() < MAX_WORDS) {
			words.add(matcher.group());
		}
		return words;
	}

	static String searchConfig(DSLContext dsl) {
		return SearchConfig
			.of(dsl.select(STORE_SETTINGS.LANGUAGE).from(STORE_SETTINGS).fetchOne(STORE_SETTINGS.LANGUAGE));
	}

	private static Condition contains(String facet, String value) {
		return DSL.condition("{0} @> {1}::jsonb", READ_PRODUCT.FACETS,
				DSL.val(JSON.writeValueAsString(Map.of(facet, List.of(value)))));
	}

	private static List<UUID> categoryAndDescendants(DSLContext dsl, String handle) {
		Category child = CATEGORY.as("child");
		CommonTableExpression<Record1<UUID>> tree = DSL.name("tree")
			.fields("id")
			.as(DSL.select(CATEGORY.ID)
				.from(CATEGORY)
				.where(CATEGORY.HANDLE.eq(handle))
				.union(DSL.select(child.ID)
					.from(child)
					.join(DSL.table(DSL.name("tree")))
					.on(child.PARENT_ID.eq(DSL.field(DSL.name("tree", "id"), UUID.class)))));
		return dsl.withRecursive(tree).select(tree.field(0, UUID.class)).from(tree).fetchInto(UUID.class);
	}

}
