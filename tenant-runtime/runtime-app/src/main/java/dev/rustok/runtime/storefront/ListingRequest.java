package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;

/**
 * One page of the product list as a client asked for it: filter, order, page size and
 * where the previous page ended. {@link #parse} checks every parameter and names each bad
 * one, so a client learns all its mistakes at once.
 *
 * @param filter which products
 * @param sort in which order
 * @param limit how many at most, 1 to {@value #MAX_LIMIT}
 * @param after the cursor the previous page ended with; empty for the first page
 */
public record ListingRequest(ProductFilter filter, ProductSort sort, int limit, Optional<Cursor> after) {

	public static final int DEFAULT_LIMIT = 20;

	public static final int MAX_LIMIT = 100;

	static final int MAX_TEXT = 200;

	private static final Pattern HANDLE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	ListingRequest withFilter(ProductFilter other) {
		return new ListingRequest(other, this.sort, this.limit, this.after);
	}

	/**
	 * Reads the API's parameters ({@code collection, category, tag, minPrice, maxPrice,
	 * currency, inStock, q, sort, limit, after}); {@code limitName} is what the caller
	 * calls the page size ({@code limit} in REST, {@code first} in GraphQL).
	 * @throws InvalidInput naming every parameter that is wrong
	 */
	public static ListingRequest parse(Map<String, String> params, String limitName) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<String> collection = handle(params, "collection", problems);
		Optional<String> category = handle(params, "category", problems);
		Optional<String> tag = text(params, "tag", 60, problems);
		Optional<Long> minPrice = amount(params, "minPrice", problems);
		Optional<Long> maxPrice = amount(params, "maxPrice", problems);
		if (minPrice.isPresent() && maxPrice.isPresent() && minPrice.get() > maxPrice.get()) {
			problems.add(new FieldProblem("minPrice", "must not be above maxPrice"));
		}
		Optional<String> currency = present(params, "currency");
		if (currency.isPresent() && !CURRENCY.matcher(currency.get()).matches()) {
			problems.add(new FieldProblem("currency", "must be an ISO 4217 code in capitals, such as EUR"));
		}
		boolean inStock = flag(params, "inStock", problems);
		Optional<String> text = text(params, "q", MAX_TEXT, problems);
		ProductSort sort = present(params, "sort").map((name) -> ProductSort.ofParam(name).orElseGet(() -> {
			problems.add(new FieldProblem("sort", "must be one of newest, price_asc, price_desc, title"));
			return ProductSort.NEWEST;
		})).orElse(ProductSort.NEWEST);
		int limit = limit(params, limitName, problems);
		Optional<Cursor> after = present(params, "after").map((text1) -> Cursor.decode(text1).orElseGet(() -> {
			problems.add(new FieldProblem("after", "is not a cursor this API gave out; start again without it"));
			return null;
		}));
		if (after.isPresent() && after.get().sort() != sort) {
			problems.add(new FieldProblem("after",
					"belongs to the sort " + after.get().sort().param() + "; keep the sort while paging"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new ListingRequest(
				new ProductFilter(collection, category, tag, minPrice, maxPrice, currency, inStock, text), sort, limit,
				after);
	}

	/**
	 * Whether {@code text} has the form of a handle (ADR 0028): anything else names
	 * nothing.
	 */
	static boolean isHandle(String text) {
		return text != null && text.length() <= 120 && HANDLE.matcher(text).matches();
	}

	private static Optional<String> present(Map<String, String> params, String name) {
		return Optional.ofNullable(params.get(name)).filter((value) -> !value.isEmpty());
	}

	private static Optional<String> handle(Map<String, String> params, String name, List<FieldProblem> problems) {
		Optional<String> value = present(params, name);
		if (value.isPresent() && !isHandle(value.get())) {
			problems.add(new FieldProblem(name, "must be a handle such as summer-sale (a-z, 0-9 and dashes)"));
			return Optional.empty();
		}
		return value;
	}

	private static Optional<String> text(Map<String, String> params, String name, int max,
			List<FieldProblem> problems) {
		Optional<String> value = present(params, name).map(String::strip).filter((stripped) -> !stripped.isEmpty());
		if (value.isPresent() && (value.get().length() > max || value.get().indexOf('\0') >= 0)) {
			problems.add(new FieldProblem(name, "must be at most " + max + " characters of text"));
			return Optional.empty();
		}
		return value;
	}

	private static Optional<Long> amount(Map<String, String> params, String name, List<FieldProblem> problems) {
		Optional<String> value = present(params, name);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		try {
			long amount = Long.parseLong(value.get());
			if (amount >= 0 && amount <= Money.MAX_AMOUNT_MINOR) {
				return Optional.of(amount);
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		problems.add(new FieldProblem(name,
				"must be a whole number of minor units from 0 to " + Money.MAX_AMOUNT_MINOR + " (cents for EUR)"));
		return Optional.empty();
	}

	private static boolean flag(Map<String, String> params, String name, List<FieldProblem> problems) {
		Optional<String> value = present(params, name);
		if (value.isEmpty() || value.get().equals("false")) {
			return false;
		}
		if (value.get().equals("true")) {
			return true;
		}
		problems.add(new FieldProblem(name, "must be true or false"));
		return false;
	}

	private static int limit(Map<String, String> params, String name, List<FieldProblem> problems) {
		Optional<String> value = present(params, name);
		if (value.isEmpty()) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value.get());
			if (limit >= 1 && limit <= MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		problems.add(new FieldProblem(name, "must be a whole number from 1 to " + MAX_LIMIT));
		return DEFAULT_LIMIT;
	}

}
