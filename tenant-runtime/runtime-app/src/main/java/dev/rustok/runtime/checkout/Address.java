package dev.rustok.runtime.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Text;
import dev.rustok.runtime.shared.Text.Lines;

/**
 * Where the order ships to.
 *
 * @param line2 optional
 * @param country ISO 3166-1 alpha-2, upper case
 * @param region the subdivision (NY, BY) where tax depends on it, optional
 */
public record Address(String fullName, String line1, String line2, String city, String postalCode, String country,
		String region) {

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern REGION = Pattern.compile("[A-Z0-9]{1,3}");

	/**
	 * Checks an address as it arrived; any part may be {@code null}.
	 * @throws InvalidInput naming each field ({@code address.city}, …) that is missing or
	 * wrong
	 */
	public static Address checked(String fullName, String line1, String line2, String city, String postalCode,
			String country, String region) {
		List<FieldProblem> problems = new ArrayList<>();
		required(fullName, "address.fullName", 200, problems);
		required(line1, "address.line1", 200, problems);
		if (line2 != null && !line2.isBlank()) {
			Text.problem(line2, 200, Lines.SINGLE)
				.ifPresent((why) -> problems.add(new FieldProblem("address.line2", why)));
		}
		required(city, "address.city", 100, problems);
		required(postalCode, "address.postalCode", 20, problems);
		String countryCode = (country == null) ? "" : country.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRY.matcher(countryCode).matches()) {
			problems.add(new FieldProblem("address.country", "is required: a two-letter country code such as DE"));
		}
		String regionCode = (region == null || region.isBlank()) ? null : region.strip().toUpperCase(Locale.ROOT);
		if (regionCode != null && !REGION.matcher(regionCode).matches()) {
			problems.add(new FieldProblem("address.region", "must be a subdivision code such as NY, or left out"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Address(fullName.strip(), line1.strip(), (line2 == null || line2.isBlank()) ? null : line2.strip(),
				city.strip(), postalCode.strip(), countryCode, regionCode);
	}

	private static void required(String value, String field, int max, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
			return;
		}
		Text.problem(value.strip(), max, Lines.SINGLE).ifPresent((why) -> problems.add(new FieldProblem(field, why)));
	}

}
