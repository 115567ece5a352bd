package dev.rustok.billing;

import java.util.Arrays;

/**
 * A billing plan, identified by the code stored in the tenant registry and carried in
 * every {@code TenantRoute}. Signup gives every new shop {@link #TRIAL}; paid plans
 * arrive with quotas.
 */
public enum Plan {

	TRIAL("trial");

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
		return Arrays.stream(values())
			.filter((plan) -> plan.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown plan code: " + code));
	}

}
