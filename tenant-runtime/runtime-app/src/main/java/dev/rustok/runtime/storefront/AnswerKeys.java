package dev.rustok.runtime.storefront;

import java.util.Optional;

import dev.rustok.runtime.shared.TenantId;

/**
 * Keys of cached storefront answers: the shop, its {@link CacheGenerations generation},
 * the kind of answer, then what was asked. The shop comes first and cannot contain the
 * separator, nor can the generation or the kind, so two shops asking the same thing never
 * share a key; what was asked comes last and is written so that two different questions
 * never read the same.
 */
final class AnswerKeys {

	private static final char SEPARATOR = '\u001f';

	private AnswerKeys() {
	}

	static String of(TenantId tenant, long generation, String kind, String subject) {
		return tenant.value() + SEPARATOR + generation + SEPARATOR + kind + SEPARATOR + subject;
	}

	/**
	 * Every part of the request, each written as its length and its text, so free text (a
	 * tag, the words searched) cannot pass for another part. {@code ListingKeyTests}
	 * fails when the request or its filter gains a part this does not write.
	 */
	static String listing(ListingRequest request) {
		ProductFilter filter = request.filter();
		StringBuilder key = new StringBuilder(64);
		part(key, filter.collection());
		part(key, filter.category());
		part(key, filter.tag());
		part(key, filter.minPrice().map(String::valueOf));
		part(key, filter.maxPrice().map(String::valueOf));
		part(key, filter.currency());
		part(key, Optional.of(String.valueOf(filter.inStock())));
		part(key, filter.text());
		part(key, Optional.of(request.sort().param()));
		part(key, Optional.of(String.valueOf(request.limit())));
		part(key, request.after().map(Cursor::encoded));
		return key.toString();
	}

	private static void part(StringBuilder key, Optional<String> value) {
		if (value.isEmpty()) {
			key.append('-');
		}
		else {
			key.append(value.get().length()).append(':').append(value.get());
		}
	}

}
