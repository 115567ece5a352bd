package dev.rustok.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the build wrote into dev-services.properties: versions and where Maven keeps
 * artifacts.
 */
final class DevServicesBuild {

	private static final Properties PROPERTIES = load();

	private DevServicesBuild() {
	}

	static String property(String name) {
		String value = PROPERTIES.getProperty(name);
		if (value == null || value.startsWith("@")) {
			throw new IllegalStateException(name + " is missing from dev-services.properties: rebuild dev-services");
		}
		return value;
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (InputStream in = DevServicesBuild.class.getResourceAsStream("/dev-services.properties")) {
			if (in == null) {
				throw new IllegalStateException("dev-services.properties is missing from the dev-services jar");
			}
			properties.load(in);
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
