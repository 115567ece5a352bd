package dev.rustok.runtime.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.rustok.runtime.shared.InvalidInput;

/**
 * A product as a merchant sent it (create or edit), every field possibly missing or
 * wrong. {@link #check} turns it into {@link ProductDetails} or names every mistake at
 * once. The limits are docs/adr/0028's.
 *
 * @param version the version the edit was made from; ignored on create
 */
public record ProductInput(String title, String handle, String description, String status, Boolean trackInventory,
		List<OptionInput> options, List<VariantInput> variants, List<ImageInput> images, List<String> tags,
		List<UUID> collectionIds, List<UUID> categoryIds, Integer version) {

	static final int TITLE_MAX = 200;

	static final int DESCRIPTION_MAX = 10_000;

	static final int OPTIONS_MAX = 3;

	static final int OPTION_NAME_MAX = 60;

	static final int VALUES_MAX = 50;

	static final int VALUE_MAX = 60;

	static final int IMAGES_MAX = 20;

	static final int URL_MAX = 2048;

	static final int ALT_MAX = 300;

	static final int TAGS_MAX = 50;

	static final int TAG_MAX = 60;

	static final int GROUPS_MAX = 50;

	public record OptionInput(String name, List<String> values) {

	}

	public record ImageInput(String url, String alt) {

	}

	/**
	 * @param id absent for a variant an edit adds
	 */
	public record VariantInput(UUID id, String sku, List<String> optionValues, List<PriceInput> prices,
			Integer weightGrams, String barcode) {

	}

	public record PriceInput(String currency, Long amountMinor, Long compareAtMinor) {

	}

	/**
	 * Checks everything that needs no stored data besides the shop's currencies.
	 * @param shopCurrencies the currencies the shop sells in
	 * @throws InvalidInput naming every field that is wrong and why
	 */
	public ProductDetails check(Set<String> shopCurrencies) {
		Problems problems = new Problems();
		String checkedTitle = problems.requiredLine("title", this.title, TITLE_MAX);
		Handle checkedHandle = null;
		if (this.handle != null) {
			problems.add("handle", Handle.problem(this.handle));
			checkedHandle = Handle.problem(this.handle).isEmpty() ? new Handle(this.handle) : null;
		}
		String checkedDescription = problems.optionalText("description", this.description, DESCRIPTION_MAX);
		ProductStatus checkedStatus = ProductStatus.DRAFT;
		if (this.status != null) {
			checkedStatus = ProductStatus.ofWireName(this.status).orElse(null);
			if (checkedStatus == null) {
				problems.add("status", "must be one of draft, active, archived");
			}
		}
		List<ProductOption> checkedOptions = options(problems);
		List<Variant> checkedVariants = new VariantChecks(problems, checkedOptions, shopCurrencies)
			.variants(this.variants);
		List<ProductImage> checkedImages = images(problems);
		List<String> checkedTags = tags(problems);
		List<CollectionId> collections = ids(problems, "collectionIds", this.collectionIds, CollectionId::new);
		List<CategoryId> categories = ids(problems, "categoryIds", this.categoryIds, CategoryId::new);
		problems.throwIfAny();
		return new ProductDetails(checkedTitle, checkedHandle, checkedDescription, checkedStatus,
				(this.trackInventory != null) ? this.trackInventory : true, checkedOptions, checkedVariants,
				checkedImages, checkedTags, collections, categories);
	}

	private List<ProductOption> options(Problems problems) {
		List<OptionInput> given = problems.list("options", this.options, OPTIONS_MAX);
		List<ProductOption> checked = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String field = "options[" + i + "]";
			OptionInput option = given.get(i);
			if (option == null) {
				problems.add(field, "is required");
				continue;
			}
			String name = problems.requiredLine(field + ".name", option.name(), OPTION_NAME_MAX);
			if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
				problems.add(field + ".name", "is the name of another option");
			}
			List<String> values = values(problems, field + ".values", option.values());
			checked.add(new ProductOption((name != null) ? name : "", values));
		}
		return checked;
	}

	private static List<String> values(Problems problems, String field, List<String> given) {
		if (given == null || given.isEmpty()) {
			problems.add(field, "must have at least one value");
			return List.of();
		}
		problems.list(field, given, VALUES_MAX);
		Set<String> values = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String value = problems.requiredLine(field + "[" + i + "]", given.get(i), VALUE_MAX);
			if (value != null && !values.add(value)) {
				problems.add(field + "[" + i + "]", "is already a value of this option");
			}
		}
		return List.copyOf(values);
	}

	private List<ProductImage> images(Problems problems) {
		List<ImageInput> given = problems.list("images", this.images, IMAGES_MAX);
		List<ProductImage> checked = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			String field = "images[" + i + "]";
			ImageInput image = given.get(i);
			if (image == null) {
				problems.add(field, "is required");
				continue;
			}
			String url = problems.requiredLine(field + ".url", image.url(), URL_MAX);
			if (url != null && !isWebUrl(url)) {
				problems.add(field + ".url", "must be an absolute http or https URL with a host");
			}
			checked.add(new ProductImage(url, problems.optionalLine(field + ".alt", image.alt(), ALT_MAX)));
		}
		return checked;
	}

	static boolean isWebUrl(String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& url.regionMatches(true, 0, scheme + "://", 0, scheme.length() + 3);
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private List<String> tags(Problems problems) {
		List<String> given = problems.list("tags", this.tags, TAGS_MAX);
		Set<String> checked = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String tag = problems.requiredLine("tags[" + i + "]", given.get(i), TAG_MAX);
			if (tag != null) {
				checked.add(tag);
			}
		}
		return List.copyOf(checked);
	}

	private static <T> List<T> ids(Problems problems, String field, List<UUID> given, Function<UUID, T> type) {
		List<UUID> ids = problems.list(field, given, GROUPS_MAX);
		Map<UUID, T> checked = new LinkedHashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			if (ids.get(i) == null) {
				problems.add(field + "[" + i + "]", "must be an id");
			}
			else {
				checked.putIfAbsent(ids.get(i), type.apply(ids.get(i)));
			}
		}
		return List.copyOf(checked.values());
	}

}
