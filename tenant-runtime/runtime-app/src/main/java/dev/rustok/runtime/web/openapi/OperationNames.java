package dev.rustok.runtime.web.openapi;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;

/**
 * Summaries and operation ids that say what an operation does. springdoc names operations
 * after their Java methods, so three controllers' {@code create} become {@code create},
 * {@code create_1} and {@code create_2}; here they become {@code createProduct},
 * {@code createCollection} and {@code createCategory}. Ids stay unique within the
 * document.
 */
final class OperationNames {

	/** Method names that only say what happens, not to what. */
	private static final List<String> BARE_VERBS = List.of("create", "replace", "delete", "change", "update", "archive",
			"add", "remove");

	/** First words that already say what a write does. */
	private static final List<String> VERBS = List.of("create", "replace", "delete", "change", "update", "archive",
			"add", "remove", "adjust", "set", "publish");

	private final Set<String> usedIds = new HashSet<>();

	void name(String path, HttpMethod method, Operation operation, ApiArea area) {
		String words = words(operation.getOperationId(), path, method);
		if (operation.getSummary() == null || operation.getSummary().isBlank()) {
			operation.setSummary(Character.toUpperCase(words.charAt(0)) + words.substring(1));
		}
		String id = camelCase(words);
		if (!this.usedIds.add(id)) {
			id = camelCase(area.tag() + " " + words);
			for (int n = 2; !this.usedIds.add(id); n++) {
				id = camelCase(area.tag() + " " + words + " " + n);
			}
		}
		operation.setOperationId(id);
	}

	/** {@code create_1} on {@code /api/admin/collections} reads "create collection". */
	static String words(String operationId, String path, HttpMethod method) {
		String base = (operationId == null || operationId.isBlank()) ? method.name().toLowerCase(Locale.ROOT)
				: operationId.replaceAll("_\\d+$", "");
		String words = base.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
		if (BARE_VERBS.contains(words)) {
			return words + " " + singular(resource(path, words));
		}
		if (method == HttpMethod.PUT && !VERBS.contains(words.split(" ")[0])) {
			// a PUT named after what it holds (threshold) sets it
			return "set " + words;
		}
		return words;
	}

	/**
	 * The last literal segment that is not the action itself:
	 * {@code /api/admin/products/{id}} and {@code /api/admin/products/{id}/archive} name
	 * products.
	 */
	private static String resource(String path, String verb) {
		String[] segments = path.split("/");
		for (int i = segments.length - 1; i >= 0; i--) {
			if (!segments[i].isEmpty() && !segments[i].startsWith("{") && !segments[i].equals(verb)) {
				return segments[i].replace('-', ' ');
			}
		}
		return "resource";
	}

	private static String singular(String noun) {
		if (noun.equals("settings")) {
			return noun;
		}
		if (noun.endsWith("ies")) {
			return noun.substring(0, noun.length() - 3) + "y";
		}
		return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
	}

	private static String camelCase(String words) {
		StringBuilder id = new StringBuilder();
		for (String word : words.trim().split("\\s+")) {
			id.append(id.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return id.toString();
	}

}
