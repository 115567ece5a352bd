package dev.rustok.billing;

import java.util.Arrays;
import java.util.Optional;

/**
 * A billing plan, identified by the code stored in the tenant registry and carried in
 * every {@code TenantRoute}. Signup gives every new shop {@link #TRIAL}; what each plan
 * allows is in the {@link PlanCatalog}.
 */
public enum Plan {

	TRIAL("trial"), BASIC("basic"), PRO("pro"), ENTERPRISE("enterprise");

	private final String code;

	Plan(String code) {
		this.code = code;
	}

	/** The stable code stored and published for this plan (never the enum name). */
	public String code() {
		return this.code;
	}

	/**
	 * The plan with the given code.
	 * @throws IllegalArgumentException when no plan has that code
	 */
	public static Plan fromCode(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException("unknown plan code: " + code));
	}

	/** The plan with the given code, empty for {@code null} or an unknown code. */
	public static Optional<Plan> find(String code) {
		return Arrays.stream(values()).filter((plan) -> plan.code.equals(code)).findFirst();
	}

}
