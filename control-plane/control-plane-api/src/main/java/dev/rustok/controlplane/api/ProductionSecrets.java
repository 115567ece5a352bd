package dev.rustok.controlplane.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The secrets the platform's services need, and the rule each service applies once its
 * configuration is read: outside the {@value #DEV_PROFILE} profile, a secret that is
 * missing, or that still holds a value committed to the repository for local development,
 * refuses the start. Secrets come from the environment or from files, never from the
 * command line. See docs/adr/0025-secrets-from-environment-or-file.md.
 */
public final class ProductionSecrets {

	/**
	 * The Spring profile of local development and tests: committed values are allowed.
	 */
	public static final String DEV_PROFILE = "dev";

	/**
	 * The folder of secret files (one file per property, named after it) when
	 * {@code RUSTOK_SECRETS_DIR} is not set.
	 */
	public static final String DEFAULT_SECRETS_DIR = "/run/secrets/rustok";

	/** The key the gateway signs tenant headers with (gateway and runtime). */
	public static final Secret GATEWAY_SECRET = new Secret("rustok.gateway.secret",
			Set.of("dev-only-gateway-secret-change-me"));

	/** The platform database's password (control plane and runtime). */
	public static final Secret DATABASE_PASSWORD = new Secret("spring.datasource.password", Set.of());

	/** Keycloak's admin password, with which provisioning creates realms. */
	public static final Secret KEYCLOAK_ADMIN_PASSWORD = new Secret("rustok.keycloak.admin-password", Set.of("admin"));

	/** The password of the console's first platform admin, created with its realm. */
	public static final Secret CONSOLE_BOOTSTRAP_ADMIN_PASSWORD = new Secret("rustok.console.bootstrap-admin-password",
			Set.of("platform-admin-password"));

	private ProductionSecrets() {
	}

	/**
	 * Refuses the first secret that is missing or holds a committed development value,
	 * unless {@code devProfile}.
	 * @param devProfile whether the {@value #DEV_PROFILE} profile is active
	 * @param properties the service's configuration (environment, files, arguments)
	 * @param secrets the secrets this service needs
	 * @throws UnsafeSecret with a one-line message naming the property and how to set it
	 */
	public static void verify(boolean devProfile, Function<String, String> properties, List<Secret> secrets) {
		if (devProfile) {
			return;
		}
		List<String> refusals = new ArrayList<>();
		for (Secret secret : secrets) {
			secret.refusal(properties.apply(secret.property())).ifPresent(refusals::add);
		}
		if (!refusals.isEmpty()) {
			throw new UnsafeSecret(String.join(" ", refusals));
		}
	}

	/**
	 * One secret setting.
	 *
	 * @param property the Spring property
	 * @param devValues the values committed to the repository for the dev profile
	 */
	public record Secret(String property, Set<String> devValues) {

		public Secret {
			devValues = Set.copyOf(devValues);
		}

		/**
		 * The environment variable Spring reads the property from (dots and dashes become
		 * underscores).
		 */
		public String environmentVariable() {
			return this.property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
		}

		/** Why {@code value} must not be used outside development, if it must not. */
		public Optional<String> refusal(String value) {
			if (value == null || value.isBlank()) {
				return Optional.of(this.property + " is not set: " + howToSet());
			}
			if (this.devValues.contains(value)) {
				return Optional.of(this.property + " holds the value committed for local development: " + howToSet());
			}
			return Optional.empty();
		}

		private String howToSet() {
			return "set the environment variable " + environmentVariable() + " or write the secret to the file "
					+ this.property + " in $RUSTOK_SECRETS_DIR (default " + DEFAULT_SECRETS_DIR
					+ "); committed values are for the '" + DEV_PROFILE + "' profile only.";
		}

	}

	/**
	 * A secret refused at start-up. Its message says everything; a stack trace would only
	 * bury it, so it has none.
	 */
	public static final class UnsafeSecret extends RuntimeException {

		UnsafeSecret(String message) {
			super(message, null, false, false);
		}

	}

}
