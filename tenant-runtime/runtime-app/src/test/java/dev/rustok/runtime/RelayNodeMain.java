package dev.rustok.runtime;

import org.springframework.boot.builder.SpringApplicationBuilder;

/** A runtime node with the {@link RecordingHandler}, started as a child JVM by tests. */
final class RelayNodeMain {

	private RelayNodeMain() {
	}

	public static void main(String[] args) {
		new SpringApplicationBuilder(TenantRuntimeApplication.class, RecordingHandler.class).run(args);
	}

}
