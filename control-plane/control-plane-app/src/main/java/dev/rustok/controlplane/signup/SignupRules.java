package dev.rustok.controlplane.signup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.rustok.controlplane.FieldError;
import dev.rustok.provisioning.TenantSlug;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Every rule a signup must pass, reported all at once so the form can mark every bad
 * field.
 */
@Component
class SignupRules {

	/** Host labels the platform uses itself or may use later; no shop can take them. */
	static final Set<String> RESERVED_SLUGS = Set.of("www", "admin", "portal", "api", "console", "app", "auth", "login",
			"keycloak", "status", "static", "mail", "billing", "help", "support", "docs");

	private final Validator validator;

	SignupRules(Validator validator) {
		this.validator = validator;
	}

	List<FieldError> check(SignupRequest request) {
		List<FieldError> errors = new ArrayList<>();
		this.validator.validate(request)
			.forEach((violation) -> errors
				.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage())));
		if (request.slug() != null) {
			slugProblem(request.slug()).ifPresent((reason) -> errors.add(new FieldError("slug", reason)));
		}
		errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason));
		return errors;
	}

	/** Why a shop cannot have this slug, or empty when it can. */
	static Optional<String> slugProblem(String slug) {
		return TenantSlug.problem(slug)
			.or(() -> RESERVED_SLUGS.contains(slug) ? Optional.of("is reserved by the platform") : Optional.empty());
	}

}
