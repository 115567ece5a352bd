package dev.rustok.devservices;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything needed to start the platform's processes.
 *
 * @param root the repository root, where the built jars are
 * @param database the database the control plane and the runtime share
 * @param keycloak the identity server
 * @param ports the platform's ports
 * @param clusterName the Hazelcast cluster, unique per platform on the machine
 * @param gatewaySecret the key the gateway signs tenant headers with
 * @param domain the platform domain: shops answer at {@code <slug>.<domain>}
 * @param logs where each process writes its log
 * @param jvm the JVM flags of the platform's processes
 * @param gatewaySettings further settings of the gateway, as property and value (a test's
 * plan limits, for example)
 * @param consoleRealm the platform admins' Keycloak realm: {@code platform}, or one of a
 * test run's own, since a realm has one frontend URL, this platform's {@code auth} host
 * (docs/adr/0106), and platforms side by side on one Keycloak must not move each other's
 */
public record PlatformSpec(Path root, Database database, KeycloakServer keycloak, PlatformPorts ports,
		String clusterName, String gatewaySecret, String domain, Path logs, JvmProfile jvm,
		Map<String, String> gatewaySettings, String consoleRealm) {

	/** The platform realm of {@code ./rustok dev}. */
	public static final String CONSOLE_REALM = "platform";

	public PlatformSpec {
		gatewaySettings = Map.copyOf(gatewaySettings);
	}

	/** A platform with the gateway's own settings only. */
	public PlatformSpec(Path root, Database database, KeycloakServer keycloak, PlatformPorts ports, String clusterName,
			String gatewaySecret, String domain, Path logs, JvmProfile jvm) {
		this(root, database, keycloak, ports, clusterName, gatewaySecret, domain, logs, jvm, Map.of(), CONSOLE_REALM);
	}

	/** A platform whose JVMs start fast ({@link JvmProfile#DEV}). */
	public PlatformSpec(Path root, Database database, KeycloakServer keycloak, PlatformPorts ports, String clusterName,
			String gatewaySecret, String domain, Path logs) {
		this(root, database, keycloak, ports, clusterName, gatewaySecret, domain, logs, JvmProfile.DEV);
	}

	/** This platform with one more gateway setting. */
	public PlatformSpec withGatewaySetting(String property, String value) {
		Map<String, String> settings = new LinkedHashMap<>(this.gatewaySettings);
		settings.put(property, value);
		return new PlatformSpec(this.root, this.database, this.keycloak, this.ports, this.clusterName,
				this.gatewaySecret, this.domain, this.logs, this.jvm, settings, this.consoleRealm);
	}

	/** This platform with the platform admins' realm of this name. */
	public PlatformSpec withConsoleRealm(String realm) {
		return new PlatformSpec(this.root, this.database, this.keycloak, this.ports, this.clusterName,
				this.gatewaySecret, this.domain, this.logs, this.jvm, this.gatewaySettings, realm);
	}

	public String gatewayUrl() {
		return "http://127.0.0.1:" + this.ports.gateway();
	}

	public String controlPlaneUrl() {
		return "http://127.0.0.1:" + this.ports.controlPlane();
	}

	public String portalUrl() {
		return "http://portal." + this.domain + ":" + this.ports.gateway() + "/";
	}

	/** The platform admins' console, behind the gateway like the portal. */
	public String consoleUrl() {
		return "http://console." + this.domain + ":" + this.ports.gateway() + "/";
	}

	public String storefrontUrl(String slug) {
		return "http://" + slug + "." + this.domain + ":" + this.ports.gateway() + "/";
	}

}
