package dev.rustok.runtime;

import dev.rustok.controlplane.api.AsyncCallbackThreads;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The tenant runtime: one node of the pool serving every tenant's storefront and admin
 * API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TenantRuntimeApplication {

	static {
		// jOOQ prints a banner and "tips" into the log at first use otherwise
		System.setProperty("org.jooq.no-logo", "true");
		System.setProperty("org.jooq.no-tips", "true");
	}

	public static void main(String[] args) {
		AsyncCallbackThreads.pooled();
		SpringApplication.run(TenantRuntimeApplication.class, args);
	}

}
