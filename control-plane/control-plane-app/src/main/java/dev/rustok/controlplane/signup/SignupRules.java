package dev.rustok.controlplane.signup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.rustok.controlplane.FieldError;
import dev.rustok.provisioning.TenantSlug;

import org.springframework.stereotype.Component;

/**
 * Every rule a signup must pass, reported all at once so the form can mark every bad
 * field. Each field is first checked as text ({@link TextInput}); lengths are counted in
 * Unicode code points.
 */
@Component
class SignupRules {

	/** Host labels the platform uses itself or may use later; no shop can take them. */
	static final Set<String> RESERVED_SLUGS = Set.of("www", "admin", "portal", "api", "console", "app", "auth", "login",
			"keycloak", "status", "static", "mail", "billing", "help", "support", "docs");

	static final int SHOP_NAME_MAX_LENGTH = 100;

	List<FieldError> check(SignupRequest request) {
		List<FieldError> errors = new ArrayList<>();
		field(errors, "shopName", request.shopName(), SignupRules::shopNameProblem);
		field(errors, "slug", request.slug(), SignupRules::slugProblem);
		field(errors, "ownerEmail", request.ownerEmail(), EmailAddress::problem);
		field(errors, "password", request.password(),
				(password) -> OwnerPasswordPolicy.problem(password, request.ownerEmail()));
		errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason));
		return errors;
	}

	private static void field(List<FieldError> errors, String name, String value,
			Function<String, Optional<String>> rule) {
		if (value == null) {
			errors.add(new FieldError(name, "is required"));
			return;
		}
		if (value.isBlank()) {
			errors.add(new FieldError(name, "must not be blank"));
			return;
		}
		TextInput.problem(value)
			.or(() -> rule.apply(value))
			.ifPresent((reason) -> errors.add(new FieldError(name, reason)));
	}

	private static Optional<String> shopNameProblem(String shopName) {
		return (TextInput.length(shopName) > SHOP_NAME_MAX_LENGTH)
				? Optional
					.of("must be at most " + SHOP_NAME_MAX_LENGTH + " characters (counted as Unicode code points)")
				: Optional.empty();
	}

	/** Why a shop cannot have this slug, or empty when it can. */
	static Optional<String> slugProblem(String slug) {
		return TenantSlug.problem(slug)
			.or(() -> RESERVED_SLUGS.contains(slug) ? Optional.of("is reserved by the platform") : Optional.empty());
	}

}
