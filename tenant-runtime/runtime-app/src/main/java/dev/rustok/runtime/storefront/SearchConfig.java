package dev.rustok.runtime.storefront;

import java.util.Map;

/**
 * The PostgreSQL text search configuration for a shop's language (docs/adr/0065): the
 * stemmer of that language when PostgreSQL ships one, else {@code simple}, which only
 * lower-cases. The indexer builds the search vector with it and the search parses the
 * shopper's words with the same one.
 */
public final class SearchConfig {

	public static final String SIMPLE = "simple";

	// the configurations every PostgreSQL installation has (\dF), by ISO 639-1 code
	private static final Map<String, String> BY_LANGUAGE = Map.ofEntries(Map.entry("ar", "arabic"),
			Map.entry("da", "danish"), Map.entry("de", "german"), Map.entry("en", "english"),
			Map.entry("es", "spanish"), Map.entry("fi", "finnish"), Map.entry("fr", "french"),
			Map.entry("hu", "hungarian"), Map.entry("it", "italian"), Map.entry("nl", "dutch"),
			Map.entry("no", "norwegian"), Map.entry("pt", "portuguese"), Map.entry("ro", "romanian"),
			Map.entry("ru", "russian"), Map.entry("sv", "swedish"), Map.entry("tr", "turkish"));

	private SearchConfig() {
	}

	/** Every language with a configuration of its own, by ISO 639-1 code. */
	public static Map<String, String> byLanguage() {
		return BY_LANGUAGE;
	}

	/** The configuration for {@code language} (null or unknown: {@code simple}). */
	public static String of(String language) {
		return (language != null) ? BY_LANGUAGE.getOrDefault(language.toLowerCase(java.util.Locale.ROOT), SIMPLE)
				: SIMPLE;
	}

}
