package dev.rustok.controlplane.registry;

import java.util.Arrays;
import java.util.Optional;

import dev.rustok.provisioning.ProvisioningStep;

/**
 * Why provisioning stopped, as a stable code and a plain sentence: what the public status
 * page shows instead of the internal message (which names hosts, SQL and Keycloak
 * answers, and goes to the log and the console only).
 */
public enum FailureCode {

	/** Keycloak did not answer or refused while the shop's login was created. */
	KEYCLOAK_UNAVAILABLE("keycloak-unavailable", "We could not reach the service that creates your shop's login."),
	/** The shop's schema or tables could not be created. */
	DATABASE_ERROR("database-error", "We could not set up your shop's database."),
	/** The shop's route could not be published to the cluster. */
	ROUTING_ERROR("routing-error", "We could not put your shop online."),
	/** A fault in our own code. */
	INTERNAL_ERROR("internal-error", "Something went wrong on our side.");

	private final String code;

	private final String sentence;

	FailureCode(String code, String sentence) {
		this.code = code;
		this.sentence = sentence;
	}

	/** The code shown to clients, for example {@code keycloak-unavailable}. */
	public String code() {
		return this.code;
	}

	/** What happened, in one sentence for the merchant. */
	public String sentence() {
		return this.sentence;
	}

	/** The code for a failure of this provisioning step. */
	public static FailureCode of(ProvisioningStep step) {
		return switch (step) {
			case SCHEMA, MIGRATIONS -> DATABASE_ERROR;
			case REALM -> KEYCLOAK_UNAVAILABLE;
			case ROUTE -> ROUTING_ERROR;
		};
	}

	static Optional<FailureCode> fromCode(String code) {
		return Arrays.stream(values()).filter((value) -> value.code.equals(code)).findFirst();
	}

}
