package dev.rustok.runtime.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Text;

/**
 * An address as a client sends it ({@code null} for what it left out), checked in one
 * place for the API and the account page: recipient, first line, postal code, city and
 * country are required; the country is an ISO 3166-1 alpha-2 code (any case).
 */
public record AddressInput(String recipient, String line1, String line2, String postalCode, String city, String region,
		String country, String phone) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/**
	 * The address, trimmed and with an upper-case country.
	 * @throws InvalidInput naming every field that is wrong
	 */
	Address validated(AddressId id) {
		List<FieldProblem> problems = new ArrayList<>();
		String validRecipient = required("recipient", this.recipient, 200, problems);
		String validLine1 = required("line1", this.line1, 200, problems);
		String validLine2 = optional("line2", this.line2, 200, problems);
		String validPostalCode = required("postalCode", this.postalCode, 20, problems);
		String validCity = required("city", this.city, 100, problems);
		String validRegion = optional("region", this.region, 100, problems);
		String validPhone = optional("phone", this.phone, 40, problems);
		String code = (this.country != null) ? this.country.trim().toUpperCase(Locale.ROOT) : "";
		if (!COUNTRIES.contains(code)) {
			problems.add(new FieldProblem("country", "must be an ISO 3166-1 alpha-2 country code, such as DE or FR"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Address(id, validRecipient, validLine1, validLine2, validPostalCode, validCity, validRegion, code,
				validPhone);
	}

	private static String required(String field, String value, int max, List<FieldProblem> problems) {
		String text = optional(field, value, max, problems);
		if (text.isEmpty() && problems.stream().noneMatch((problem) -> problem.field().equals(field))) {
			problems.add(new FieldProblem(field, "is required"));
		}
		return text;
	}

	private static String optional(String field, String value, int max, List<FieldProblem> problems) {
		if (value == null) {
			return "";
		}
		String text = value.strip();
		Optional<String> problem = Text.problem(text, max, Text.Lines.SINGLE);
		problem.ifPresent((reason) -> problems.add(new FieldProblem(field, reason)));
		return text;
	}

}
