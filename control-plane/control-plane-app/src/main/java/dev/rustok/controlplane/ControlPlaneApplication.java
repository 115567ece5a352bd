package dev.rustok.controlplane;

import dev.rustok.controlplane.api.AsyncCallbackThreads;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ControlPlaneApplication {

	public static void main(String[] args) {
		AsyncCallbackThreads.pooled();
		SpringApplication.run(ControlPlaneApplication.class, args);
	}

}
