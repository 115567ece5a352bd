package dev.rustok.devservices;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the launcher and the test fixtures start one of the platform's jars: settings as
 * arguments, secrets through the environment. Arguments are visible to every local user
 * ({@code ps}, /proc/PID/cmdline); a process's environment only to its owner and root.
 * See docs/adr/0025-secrets-from-environment-or-file.md.
 */
public final class ServiceCommand {

	private final Path jar;

	private final JvmProfile jvm;

	private final List<String> arguments = new ArrayList<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	private ServiceCommand(Path jar, JvmProfile jvm) {
		this.jar = jar;
		this.jvm = jvm;
	}

	/** The Spring Boot jar in {@code target}, run with the profile's JVM flags. */
	public static ServiceCommand of(Path jar, JvmProfile jvm) {
		return new ServiceCommand(jar, jvm);
	}

	/** A setting that is no secret, as a {@code --property=value} argument. */
	public ServiceCommand set(String property, Object value) {
		this.arguments.add("--" + property + "=" + value);
		return this;
	}

	/**
	 * A secret, as the environment variable Spring's relaxed binding reads the property
	 * from ({@code rustok.gateway.secret} becomes {@code RUSTOK_GATEWAY_SECRET}).
	 */
	public ServiceCommand secret(String property, String value) {
		this.environment.put(environmentVariable(property), value);
		return this;
	}

	/** Spring profiles, through {@code SPRING_PROFILES_ACTIVE}. */
	public ServiceCommand profiles(String profiles) {
		this.environment.put("SPRING_PROFILES_ACTIVE", profiles);
		return this;
	}

	/** Any other environment variable of the process. */
	public ServiceCommand environment(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	public List<String> command() {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvm.flags());
		command.addAll(List.of("-jar", this.jar.toString()));
		command.addAll(this.arguments);
		return command;
	}

	public Map<String, String> environmentVariables() {
		return Map.copyOf(this.environment);
	}

	public ChildProcess start(String name, Path workingDirectory, Path log) {
		return ChildProcess.start(name, command(), this.environment, workingDirectory, log);
	}

	static String environmentVariable(String property) {
		return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}

}
